// What the queue shows for one registration: its sync state first, then the supervisor's review.
import type { LocalRegistration } from '../../db/schema.ts'

export type ChipKind = 'waiting' | 'sent' | 'approved' | 'returned' | 'rejected' | 'error' | 'conflict'

export interface Chip {
  kind: ChipKind
  /** Free text shown after the label: review comment or field errors. */
  detail: string
  /**
   * Can the collector correct it on this device (→ /enrol/:id)? Anything no supervisor has decided yet
   * (waiting on the phone or pending on the server) and anything returned or refused; never a voided
   * receipt, an approved or rejected record, or one held in a conflict.
   */
  fixable: boolean
}

export function syncChip(r: LocalRegistration): Chip {
  const open = !r.record.void
  switch (r.syncState) {
    case 'waiting':
      return {
        kind: 'waiting',
        detail: '',
        fixable: open && r.review?.status !== 'approved' && r.review?.status !== 'rejected',
      }
    case 'rejected':
      return { kind: 'error', detail: (r.errors ?? []).map((e) => e.message).join('; '), fixable: true }
    case 'conflict':
      return { kind: 'conflict', detail: '', fixable: false }
    case 'sent':
      switch (r.review?.status) {
        case 'approved':
          return { kind: 'approved', detail: '', fixable: false }
        case 'returned':
          return { kind: 'returned', detail: r.review.comment ?? '', fixable: true }
        case 'rejected':
          return { kind: 'rejected', detail: r.review.comment ?? '', fixable: false }
        default:
          return { kind: 'sent', detail: '', fixable: open }
      }
  }
}
