import type { Registration } from '../../domain/index.ts'
import type { Db } from './db.ts'

/**
 * Claims the registration's receipt number for it (migration 0011). False when another registration holds
 * it: a receipt number is issued once, by one device, for one household. A number a registration already
 * holds (an earlier revision, a void) stays its own; a corrected number is claimed too and the old one is
 * never given out again. Call it under the change lock (take-change-seq.ts), which orders concurrent pushes.
 */
export async function claimReceipt(tx: Db, r: Registration, now: Date): Promise<boolean> {
  const receiptNo = r.payment?.receiptNo
  if (receiptNo === undefined) return true
  const [held] = await tx.query<{ registration_id: string }>(
    'SELECT registration_id FROM receipt_claims WHERE receipt_no = $1',
    [receiptNo],
  )
  if (held) return held.registration_id === r.id.toLowerCase()
  await tx.query('INSERT INTO receipt_claims (receipt_no, registration_id, claimed_at) VALUES ($1, $2, $3)', [
    receiptNo,
    r.id,
    now.toISOString(),
  ])
  return true
}
