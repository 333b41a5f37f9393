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
  // From the event's registrations in scope to every registration carrying one of their numbers, through
  // migration 0032's index: the cost follows the event's size, not the whole table's.
  const rows = await db.query<{ receipt_no: string; total: number; regs: { id: string; staffId: string }[] }>(
    `WITH mine AS MATERIALIZED (
       SELECT r.id, r.owner_id, r.record->'payment'->>'receiptNo' AS receipt_no
         FROM registrations r
        WHERE r.event_id = $1 AND ${scope.sql} AND r.record->'payment'->>'receiptNo' IS NOT NULL),
     shared AS (
       SELECT n.receipt_no, count(*)::int AS total
         FROM (SELECT DISTINCT receipt_no FROM mine) n
         JOIN registrations o ON o.record->'payment'->>'receiptNo' = n.receipt_no
        GROUP BY n.receipt_no HAVING count(*) > 1)
     SELECT s.receipt_no, s.total,
            json_agg(json_build_object('id', m.id, 'staffId', m.owner_id) ORDER BY m.id) AS regs
       FROM shared s JOIN mine m ON m.receipt_no = s.receipt_no
      GROUP BY s.receipt_no, s.total
      ORDER BY s.receipt_no`,
    [eventId, ...scope.params],
  )
  return rows.map((r) => ({ receiptNo: r.receipt_no, total: r.total, registrations: r.regs }))
}
