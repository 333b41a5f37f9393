// Cash at the end of an event: what a collector declares, what a supervisor confirms, and the line the
// supervisor sees for each collector.
import { z } from 'zod/mini'

const vnd = z
  .number({ message: 'Số tiền phải là số' })
  .check(
    z.int({ message: 'Số tiền phải là số nguyên đồng' }),
    z.gte(0, { message: 'Số tiền không được âm' }),
    z.lte(100_000_000_000, { message: 'Số tiền quá lớn' }),
  )

export const MAX_HANDOVER_RECEIPTS = 5000

export const handoverCreateSchema = z.object({
  eventId: z.string().check(z.minLength(1, { message: 'Chọn sự kiện' }), z.maxLength(64)),
  declaredVnd: vnd,
  receiptNos: z
    .array(z.string().check(z.regex(/^[A-Z0-9]{1,12}-\d{6}$/, { message: 'Số biên lai không hợp lệ' })))
    .check(z.maxLength(MAX_HANDOVER_RECEIPTS, { message: 'Quá nhiều biên lai trong một lần bàn giao' })),
})
export type HandoverCreate = z.infer<typeof handoverCreateSchema>

export const handoverConfirmSchema = z.object({
  confirmedVnd: vnd,
  comment: z.optional(z.string().check(z.trim(), z.maxLength(500, { message: 'Nhận xét tối đa 500 ký tự' }))),
})
export type HandoverConfirm = z.infer<typeof handoverConfirmSchema>

export interface Handover {
  id: string
  eventId: string
  staffId: string
  declaredVnd: number
  receiptCount: number
  declaredAt: string
  confirmedVnd?: number
  confirmedBy?: string
  confirmedAt?: string
  comment?: string
}

/** One collector's line on the supervisor's handover screen (GET /api/cash/handovers). */
export interface HandoverReviewRow {
  staffId: string
  displayName: string
  /** Latest declaration for the event, if any. */
  handover: Handover | null
  /** Sum of `amountCollected` over that collector's non-voided registrations received for the event. */
  computedVnd: number
  receivedReceipts: number
  voidedReceipts: number
  /** (confirmed, else declared) − computed; null before a declaration. */
  differenceVnd: number | null
  /** Declared and received disagree, or declared receipts are not on the server yet. */
  flagged: boolean
  /** Receipt numbers declared but not (yet) received by the server. */
  missingReceiptNos: string[]
}
