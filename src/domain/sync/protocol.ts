// The whole sync wire contract (design.md) in one place: push request, per-record results, pull page.
import { z } from 'zod'
import type { FieldIssue } from '../registration/field-issue.ts'

export const SYNC_PROTOCOL_VERSION = 1
export const MAX_PUSH_BATCH = 500
export const MAX_PUSH_BYTES = 5 * 1024 * 1024

/** The envelope only: each registration is validated on its own so one bad record never blocks the rest. */
export const pushRequestSchema = z.object({
  deviceId: z.string().regex(/^[0-9a-f-]{36}$/i, { message: 'deviceId phải là UUID' }),
  registrations: z
    .array(z.unknown())
    .max(MAX_PUSH_BATCH, { message: `Tối đa ${MAX_PUSH_BATCH} bản ghi mỗi lần gửi` }),
})
export type PushRequest = z.infer<typeof pushRequestSchema>

export const pushStatuses = ['accepted', 'duplicate', 'rejected', 'conflict'] as const
export type PushStatus = (typeof pushStatuses)[number]

export interface PushResult {
  id: string
  revision: number
  status: PushStatus
  errors?: FieldIssue[]
}
export interface PushResponse {
  results: PushResult[]
  serverTime: string
}

export const reviewStatuses = ['pending', 'approved', 'returned', 'rejected'] as const
export type ReviewStatus = (typeof reviewStatuses)[number]
export const reviewDecisions = ['approve', 'return', 'reject'] as const
export type ReviewDecision = (typeof reviewDecisions)[number]

export interface Review {
  status: ReviewStatus
  comment?: string
  decidedBy?: string
  decidedAt?: string
}

export interface PullChange {
  id: string
  revision: number
  review: Review
}
export interface PullResponse {
  changes: PullChange[]
  cursor: string
}

export const reviewRequestSchema = z
  .object({
    revision: z.number().int().min(1),
    decision: z.enum(reviewDecisions, { message: 'Quyết định phải là approve, return hoặc reject' }),
    comment: z.string().trim().max(1000).optional(),
    // Approving despite a hard duplicate flag (same ID number elsewhere) needs a stated reason (issue #5).
    override: z
      .object({
        reason: z.string().trim().min(5, { message: 'Ghi rõ lý do duyệt (ít nhất 5 ký tự)' }).max(500),
      })
      .optional(),
  })
  .refine((r) => r.decision === 'approve' || (r.comment !== undefined && r.comment.length > 0), {
    message: 'Cần ghi lý do khi trả lại hoặc từ chối',
    path: ['comment'],
  })
export type ReviewRequest = z.infer<typeof reviewRequestSchema>
