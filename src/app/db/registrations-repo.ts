// The one place registrations are read: rows come out of IndexedDB sealed (schema.ts StoredRegistration)
// and leave here decrypted (LocalRegistration). Writers: save-registration.ts (new revisions),
// the sync's apply-push-results.ts and pull-reviews.ts (clear state, sealed review comments), the
// backup import. Nothing else should call unseal() on a registration.
import type { Registration } from '../../domain/registration/registration-schema.ts'
import type { Review } from '../../domain/api/sync.ts'
import { cashLineOf } from '../../domain/cash/summarize-cash.ts'
import { db } from './db.ts'
import { requireDataKey } from './data-key.ts'
import { seal, unseal, type SealedBox } from './sealed-box.ts'
import { recordIdTags } from './id-tags.ts'
import type { LocalRegistration, StoredRegistration, StoredReview } from './schema.ts'

export const recordContext = (id: string) => `registration:${id}`
const commentContext = (id: string) => `review-comment:${id}`

/** The registration `id`, decrypted; undefined when it is not on this device. Throws LockedError when locked. */
export async function getRegistration(id: string): Promise<LocalRegistration | undefined> {
  const row = await db.registrations.get(id)
  return row ? openRegistration(row) : undefined
}

/** Every registration on the device, newest save first, decrypted. */
export async function listRegistrations(): Promise<LocalRegistration[]> {
  const rows = await db.registrations.orderBy('savedAt').reverse().toArray()
  return openRegistrations(rows)
}

/**
 * For useLiveQuery: the Dexie reads happen first (so the live query knows what to watch), the WebCrypto
 * work after, wrapped in Promise.resolve as dexie-react-hooks asks for non-Dexie async calls.
 */
export function openRegistrations(rows: readonly StoredRegistration[]): Promise<LocalRegistration[]> {
  return Promise.resolve(Promise.all(rows.map((row) => openRegistration(row))))
}

export async function openRegistration(
  row: StoredRegistration,
  key: CryptoKey | null = null,
): Promise<LocalRegistration> {
  const {
    sealed: _s,
    held,
    eventId: _e,
    receiptNo,
    amount: _a,
    cash: _c,
    idTags: _t,
    review: storedReview,
    ...state
  } = row
  let record: Registration
  let review: Review | undefined
  if (held) {
    record = held.record
    review = held.review ?? (storedReview as Review | undefined)
  } else {
    if (!row.sealed) throw new Error(`registration ${row.id}: neither sealed nor held`)
    const dataKey = key ?? requireDataKey()
    const body = await unseal<Registration>(dataKey, row.sealed, recordContext(row.id))
    // Since the save seals the record with its real revision and receipt number, the body agrees with the
    // clear columns. Rows saved by earlier versions carry a "-000000" placeholder in the body: the columns,
    // written in the same transaction, are the truth for both.
    record = {
      ...body,
      revision: row.revision,
      payment: body.payment && receiptNo ? { ...body.payment, receiptNo } : null,
    }
    if (storedReview) review = await openReview(row.id, storedReview, dataKey)
  }
  const local: LocalRegistration = { ...state, record }
  if (review) local.review = review
  return local
}

/**
 * What a row keeps in clear beside the sealed record: where it belongs and what the cash screen adds up.
 * Numbers only, nobody's name (schema.ts StoredRegistration).
 */
export function clearColumnsOf(
  record: Registration,
): Pick<StoredRegistration, 'eventId' | 'receiptNo' | 'amount' | 'cash'> {
  const line = cashLineOf(record)
  return {
    eventId: record.eventId,
    receiptNo: line.receiptNo,
    amount: line.amountCollected,
    cash: { vsiVnd: line.vsiVnd, hiVnd: line.hiVnd, voided: line.void !== undefined },
  }
}

export function sealRecord(record: Registration, key: CryptoKey): Promise<SealedBox> {
  return seal(key, record, recordContext(record.id))
}

export async function sealReview(id: string, review: Review, key: CryptoKey): Promise<StoredReview> {
  const { comment, ...clear } = review
  return comment === undefined ? clear : { ...clear, comment: await seal(key, comment, commentContext(id)) }
}

async function openReview(id: string, stored: StoredReview, key: CryptoKey): Promise<Review> {
  const { comment, ...clear } = stored
  return comment === undefined
    ? clear
    : { ...clear, comment: await unseal<string>(key, comment, commentContext(id)) }
}

/** A decrypted registration sealed back into its row shape (backup import, held rows). */
export async function sealRegistration(
  local: LocalRegistration,
  key: CryptoKey,
): Promise<StoredRegistration> {
  const { record, review, ...state } = local
  const row: StoredRegistration = {
    ...state,
    ...clearColumnsOf(record),
    sealed: await sealRecord(record, key),
    idTags: await recordIdTags(record, key),
  }
  if (review) row.review = await sealReview(local.id, review, key)
  return row
}
