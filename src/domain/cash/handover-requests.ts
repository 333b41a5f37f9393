// Cash handover at the end of an event (issue #4): what a collector declares and what a supervisor confirms.
// Server-side request schemas (classic zod, like the other request schemas): the device only imports the types.
import { z } from 'zod'

const vnd = z
  .number({ message: 'Số tiền phải là số' })
  .int({ message: 'Số tiền phải là số nguyên đồng' })
  .min(0, { message: 'Số tiền không được âm' })
  .max(100_000_000_000, { message: 'Số tiền quá lớn' })

export const handoverCreateSchema = z.object({
  eventId: z.string().min(1, { message: 'Chọn sự kiện' }).max(64),
  declaredVnd: vnd,
  receiptNos: z
    .array(z.string().regex(/^[A-Z0-9]{1,12}-\d{6}$/, { message: 'Số biên lai không hợp lệ' }))
    .max(5000, { message: 'Quá nhiều biên lai trong một lần bàn giao' }),
})
export type HandoverCreate = z.infer<typeof handoverCreateSchema>

export const handoverConfirmSchema = z.object({
  confirmedVnd: vnd,
  comment: z.string().trim().max(500, { message: 'Nhận xét tối đa 500 ký tự' }).optional(),
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
