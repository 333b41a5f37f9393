import type { AuthUser } from './auth-user.ts'
import type { Db } from './db.ts'
import { registrationScope } from './registration-scope.ts'

export interface ReceiptCollision {
  receiptNo: string
  /** How many registrations anywhere carry this number (always ≥ 2). */
  total: number
  /** Those of them in the caller's scope and the event. */
  registrations: { id: string; staffId: string }[]
}

/**
 * Receipt numbers carried by more than one registration. Pushes refuse a second use since
 * migration 0011, but data stored before it may hold collisions: the cash view shows them to the office so
 * the money behind each is checked by hand. Only ids and numbers, no personal data.
 */
export async function receiptCollisions(
  db: Db,
  user: AuthUser,
  eventId: string,
): Promise<ReceiptCollision[]> {
  const scope = registrationScope(user, 2)
  const rows = await db.query<{ receipt_no: string; total: number; regs: { id: string; staffId: string }[] }>(
    `WITH nos AS (
       SELECT r.record->'payment'->>'receiptNo' AS receipt_no, count(*) OVER (PARTITION BY r.record->'payment'->>'receiptNo') AS total, r.id
         FROM registrations r WHERE jsonb_typeof(r.record->'payment') = 'object')
     SELECT n.receipt_no, n.total::int AS total,
            json_agg(json_build_object('id', r.id, 'staffId', r.owner_id) ORDER BY r.id) AS regs
       FROM nos n JOIN registrations r ON r.id = n.id
      WHERE n.total > 1 AND r.event_id = $1 AND ${scope.sql}
      GROUP BY n.receipt_no, n.total
      ORDER BY n.receipt_no`,
    [eventId, ...scope.params],
  )
  return rows.map((r) => ({ receiptNo: r.receipt_no, total: r.total, registrations: r.regs }))
}
