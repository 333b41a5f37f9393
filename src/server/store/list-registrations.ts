import type { ReviewStatus } from '../../domain/index.ts'
import type { AuthUser } from './auth-user.ts'
import type { Db } from './db.ts'
import {
  REGISTRATION_COLUMNS,
  REGISTRATION_JOINS,
  toSummary,
  type RegistrationRow,
  type RegistrationSummary,
} from './registration-row.ts'
import { registrationScope } from './registration-scope.ts'

export const LIST_PAGE = 50

export interface ListFilter {
  status?: ReviewStatus | undefined
  eventId?: string | undefined
  /** Keyset position: the (collectedAt, id) of the last item of the previous page. */
  after?: { collectedAt: string; id: string } | undefined
}

/** Newest collected first, in the caller's scope, 50 a page. */
export async function listRegistrations(
  db: Db,
  user: AuthUser,
  filter: ListFilter,
): Promise<{ items: RegistrationSummary[]; next?: { collectedAt: string; id: string } }> {
  const scope = registrationScope(user, 1)
  const params: unknown[] = [...scope.params]
  const where = [scope.sql]
  if (filter.status) {
    params.push(filter.status)
    where.push(`r.review_status = $${params.length}`)
  }
  if (filter.eventId) {
    params.push(filter.eventId)
    where.push(`r.event_id = $${params.length}`)
  }
  if (filter.after) {
    params.push(filter.after.collectedAt, filter.after.id)
    where.push(`(r.collected_at, r.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`)
  }
  params.push(LIST_PAGE + 1)
  const rows = await db.query<RegistrationRow>(
    `SELECT ${REGISTRATION_COLUMNS} FROM registrations r ${REGISTRATION_JOINS}
      WHERE ${where.join(' AND ')}
      ORDER BY r.collected_at DESC, r.id DESC LIMIT $${params.length}`,
    params,
  )
  const page = rows.slice(0, LIST_PAGE)
  const last = page.at(-1)
  return {
    items: page.map(toSummary),
    ...(rows.length > LIST_PAGE && last
      ? { next: { collectedAt: new Date(last.collected_at).toISOString(), id: last.id } }
      : {}),
  }
}
