import type { Registration, TallyRecord } from '../../domain/index.ts'
import type { AuthUser } from './auth-user.ts'
import type { Db } from './db.ts'
import { registrationScope } from './registration-scope.ts'

/**
 * The approved registrations in the caller's scope that `tallyCampaign` (src/domain) needs. Not narrowed by
 * event or start date: earlier records are the history that decides whether a person is "new". Records
 * collected after `to` cannot change anything in the window, so they are left out. A supervisor's history is
 * their team's, so someone enrolled earlier by another team still counts as new there. Reads the compact
 * `tally_record` (migration 0003), never names or phones.
 */
export async function tallyRecords(
  db: Db,
  user: AuthUser,
  options: { to?: string | undefined } = {},
): Promise<TallyRecord[]> {
  const scope = registrationScope(user, 1)
  const params: unknown[] = [...scope.params]
  let toClause = ''
  if (options.to) {
    params.push(`${options.to}T00:00:00+07:00`)
    // The whole `to` day in Vietnam: before the next midnight there.
    toClause = ` AND r.collected_at < $${params.length}::timestamptz + interval '1 day'`
  }
  // The compact record as text, parsed here, and each collector's name once: on the embedded database every
  // value crosses a thread boundary, and 20,000 parsed objects and repeated names cost more than the query.
  const rows = await db.query<{ record: string; owner_id: string; voided: boolean }>(
    `SELECT r.tally_record::text AS record, r.owner_id::text AS owner_id, r.voided
       FROM registrations r
      WHERE ${scope.sql} AND r.review_status = 'approved'${toClause}`,
    params,
  )
  const owners = [...new Set(rows.map((r) => r.owner_id))]
  const names = new Map(
    (
      await db.query<{ id: string; display_name: string }>(
        'SELECT id::text AS id, display_name FROM users WHERE id = ANY($1::uuid[])',
        [owners],
      )
    ).map((u) => [u.id, u.display_name]),
  )
  return rows.map((r) => ({
    registration: JSON.parse(r.record) as Registration,
    reviewStatus: 'approved',
    ownerId: r.owner_id,
    ownerName: names.get(r.owner_id),
    // A cancelled receipt counts for nothing, not even as history.
    voided: r.voided,
  }))
}
