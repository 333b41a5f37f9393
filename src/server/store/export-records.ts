import type { Registration, ReviewStatus } from '../../domain/index.ts'
import type { AuthUser } from './auth-user.ts'
import type { Db } from './db.ts'
import { registrationScope } from './registration-scope.ts'

/** The registrations an export lists, oldest collected first (the order of the paper receipts). */
export async function exportRecords(
  db: Db,
  user: AuthUser,
  filter: { status: ReviewStatus; eventId?: string | undefined },
): Promise<Registration[]> {
  const scope = registrationScope(user, 2)
  const params: unknown[] = [filter.status, ...scope.params]
  let eventClause = ''
  if (filter.eventId) {
    params.push(filter.eventId)
    eventClause = ` AND r.event_id = $${params.length}`
  }
  const rows = await db.query<{ record: Registration }>(
    `SELECT r.record FROM registrations r WHERE r.review_status = $1 AND ${scope.sql}${eventClause}
      ORDER BY r.collected_at, r.id`,
    params,
  )
  return rows.map((r) => r.record)
}
