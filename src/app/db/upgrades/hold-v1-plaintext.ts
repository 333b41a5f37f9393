// v1 → v2 (schema.ts): plaintext rows move into the `held` state, to be sealed at the first unlock.
// Pure, and tolerant of whatever a v1 phone really holds: a row already in the v2 shape (an upgrade
// retried after a crash) comes back unchanged.
import type { Registration } from '../../../domain/registration/registration-schema.ts'
import type { Review } from '../../../domain/api/sync.ts'
import type { Draft, StoredRegistration } from '../schema.ts'

export function holdV1Registration(row: Record<string, unknown>): StoredRegistration {
  if (row['sealed'] !== undefined || row['held'] !== undefined) return row as unknown as StoredRegistration
  const v1 = row as unknown as V1Registration
  const record = v1.record
  const held: NonNullable<StoredRegistration['held']> = { record }
  const stored: StoredRegistration = {
    id: v1.id,
    revision: v1.revision,
    syncState: v1.syncState,
    ackedRevision: v1.ackedRevision ?? 0,
    savedAt: v1.savedAt,
    eventId: record.eventId,
    receiptNo: record.payment?.receiptNo ?? null,
    amount: record.payment?.amountCollected ?? 0,
    held,
  }
  if (v1.review) {
    const { comment, ...clear } = v1.review
    stored.review = clear
    if (comment !== undefined) held.review = v1.review
  }
  if (v1.errors) stored.errors = v1.errors
  if (v1.voided) stored.voided = v1.voided
  return stored
}

export function holdV1Draft(row: Record<string, unknown>): Draft {
  if (row['sealed'] !== undefined || row['held'] !== undefined) return row as unknown as Draft
  return { key: String(row['key']), held: row['values'], savedAt: Number(row['savedAt'] ?? 0) }
}

/** The v1 row shape, frozen here: later changes to LocalRegistration must not change what v1 was. */
interface V1Registration {
  id: string
  revision: number
  record: Registration
  syncState: StoredRegistration['syncState']
  ackedRevision?: number
  review?: Review
  errors?: StoredRegistration['errors']
  savedAt: number
  voided?: { reason: string; at: string }
}
