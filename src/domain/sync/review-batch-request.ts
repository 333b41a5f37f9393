// Bulk review (POST /api/registrations/review-batch): one decision for many registrations, each decided and
// audited on its own. No override here: a hard duplicate flag needs its own reason, one registration at a time.
import { z } from 'zod'
import { reviewDecisions } from './protocol.ts'

export const MAX_REVIEW_BATCH = 200

export const reviewBatchRequestSchema = z
  .object({
    items: z
      .array(
        z.object({ id: z.uuid({ message: 'Mã bản ghi không hợp lệ' }), revision: z.number().int().min(1) }),
      )
      .min(1, { message: 'Chọn ít nhất một bản ghi' })
      .max(MAX_REVIEW_BATCH, { message: `Tối đa ${MAX_REVIEW_BATCH} bản ghi mỗi lần duyệt` })
      .refine((items) => new Set(items.map((i) => i.id)).size === items.length, {
        message: 'Một bản ghi chỉ được chọn một lần',
      }),
    decision: z.enum(reviewDecisions, { message: 'Quyết định phải là approve, return hoặc reject' }),
    comment: z.string().trim().max(1000).optional(),
  })
  .refine((r) => r.decision === 'approve' || (r.comment !== undefined && r.comment.length > 0), {
    message: 'Cần ghi lý do khi trả lại hoặc từ chối',
    path: ['comment'],
  })
export type ReviewBatchRequest = z.infer<typeof reviewBatchRequestSchema>
