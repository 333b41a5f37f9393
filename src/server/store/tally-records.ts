import type { Registration, TallyRecord } from '../../domain/index.ts'
import type { AuthUser } from './auth-user.ts'
import type { Db } from './db.ts'
import { registrationScope } from './registration-scope.ts'

/**
 * Every approved registration in the caller's scope, for `tallyCampaign` (src/domain). Not narrowed by date or
 * event: earlier records are the history that decides whether a person is "new". A supervisor's history is
 * their team's, so someone enrolled earlier by another team still counts as new there.
 */
export async function tallyRecords(db: Db, user: AuthUser): Promise<TallyRecord[]> {
  const scope = registrationScope(user, 1)
  const rows = await db.query<{ record: Registration; owner_id: string; display_name: string }>(
    `SELECT r.record, r.owner_id, o.display_name FROM registrations r JOIN users o ON o.id = r.owner_id
      WHERE ${scope.sql} AND r.review_status = 'approved'`,
    scope.params,
  )
  return rows.map((r) => ({
    registration: r.record,
    reviewStatus: 'approved',
    ownerId: r.owner_id,
    ownerName: r.display_name,
  }))
}
