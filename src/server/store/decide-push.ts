import type { ReviewStatus } from '../../domain/index.ts'

export interface StoredHead {
  revision: number
  ownerId: string
  contentHash: string
  reviewStatus: ReviewStatus
}

export interface IncomingRevision {
  revision: number
  ownerId: string
  contentHash: string
  /** The hash stored for this exact (id, revision), if that revision was ever accepted. */
  storedHashOfSameRevision: string | undefined
  /**
   * The stored head's content with a `void` mark added and nothing else changed: the collector
   * refunded the cash and cancelled the receipt. Omitted means no.
   */
  voidsHead?: boolean
}

export type ConflictReason =
  | 'other_owner'
  | 'stale_revision'
  | 'content_differs'
  | 'final'
  /** The receipt number belongs to another registration (claim-receipt.ts). */
  | 'receipt_number_taken'
export type PushDecision =
  | { action: 'insert' }
  | { action: 'update' }
  /** The void of a rejected registration's receipt: stored, and the rejection stays. */
  | { action: 'void_rejected' }
  | { action: 'duplicate' }
  | { action: 'conflict'; reason: ConflictReason }

/**
 * Which revision wins (design.md, push result statuses). Pure, so the order of the checks is in one place:
 * ownership first (an id owned by someone else is never touched, not even as a duplicate), then an exact
 * earlier revision resent after a lost response (duplicate), then revision order.
 */
export function decidePush(head: StoredHead | undefined, incoming: IncomingRevision): PushDecision {
  if (!head) return { action: 'insert' }
  if (head.ownerId !== incoming.ownerId) return { action: 'conflict', reason: 'other_owner' }
  if (incoming.storedHashOfSameRevision !== undefined) {
    return incoming.storedHashOfSameRevision === incoming.contentHash
      ? { action: 'duplicate' }
      : { action: 'conflict', reason: 'content_differs' }
  }
  if (incoming.revision < head.revision) return { action: 'conflict', reason: 'stale_revision' }
  if (incoming.revision === head.revision) {
    return head.contentHash === incoming.contentHash
      ? { action: 'duplicate' }
      : { action: 'conflict', reason: 'content_differs' }
  }
  // A rejection is final (design.md): a later revision cannot reopen it. Only cancelling its receipt is
  // still due — the cash goes back to the person — and the hand-over must stop expecting that cash.
  if (head.reviewStatus === 'rejected') {
    return incoming.voidsHead === true ? { action: 'void_rejected' } : { action: 'conflict', reason: 'final' }
  }
  return { action: 'update' }
}
