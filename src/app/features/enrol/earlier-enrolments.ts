// An ID number already enrolled on this phone: the collector is warned at the ID field before
// taking cash a second time, and saving anyway needs a reason the supervisor reads in the note.
import type { Registration } from '../../../domain/registration/registration-schema.ts'
import type { ReviewStatus } from '../../../domain/api/sync.ts'

export interface EarlierEnrolment {
  id: string
  receiptNo: string | null
  collectedAt: string
}

/** What this needs of a device registration (db/schema.ts LocalRegistration). */
export interface LocalEnrolment {
  id: string
  record: Pick<Registration, 'participants' | 'payment' | 'collectedAt' | 'void'>
  review?: { status: ReviewStatus } | undefined
}

/**
 * ID number → the earliest registration on the device that still stands for it: not voided, not rejected,
 * and not `exceptId` (the registration being corrected).
 */
export function earlierEnrolments(
  locals: readonly LocalEnrolment[],
  exceptId: string | undefined,
): Map<string, EarlierEnrolment> {
  const byId = new Map<string, EarlierEnrolment>()
  const standing = locals
    .filter((r) => r.id !== exceptId && !r.record.void && r.review?.status !== 'rejected')
    .sort((a, b) => (a.record.collectedAt < b.record.collectedAt ? -1 : 1))
  for (const r of standing) {
    for (const p of r.record.participants) {
      if (!byId.has(p.idNumber)) {
        byId.set(p.idNumber, {
          id: r.id,
          receiptNo: r.record.payment?.receiptNo ?? null,
          collectedAt: r.record.collectedAt,
        })
      }
    }
  }
  return byId
}

export const MIN_REPEAT_REASON = 5

/**
 * The registration's note with one line per repeated person: "Người thứ 1: đã ghi danh trên máy này (biên lai
 * LC017-000012) — <lý do>". The supervisor reads the note on every review screen. Cut at the wire's 500.
 */
export function noteWithRepeatReason(
  note: string | undefined,
  repeats: readonly { index: number; earlier: EarlierEnrolment }[],
  reason: string,
): string | undefined {
  if (repeats.length === 0) return note
  const why = reason.trim().replace(/\s+/g, ' ').normalize('NFC')
  const lines = repeats.map(
    ({ index, earlier }) =>
      `Người thứ ${index + 1}: đã ghi danh trên máy này (biên lai ${earlier.receiptNo ?? 'không thu tiền'}) — ${why}`,
  )
  return [...lines, ...(note ? [note] : [])].join('\n').slice(0, 500)
}
