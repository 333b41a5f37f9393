// Every approved registration as the domain's tallyCampaign takes it: the reference the server's tallies
// are checked against (tally-facts.test.ts, tally-in-batches.test.ts).
import type { Registration, TallyRecord } from '../../../src/domain/index.ts'
import type { AuthUser } from '../../../src/server/store/auth-user.ts'
import type { Db } from '../../../src/server/store/db.ts'

/** The approved records the user's tally may count: a supervisor's team's, or every one. */
export async function approvedTallyRecords(db: Db, user?: AuthUser): Promise<TallyRecord[]> {
  const team = user?.role === 'supervisor'
  const rows = await db.query<{
    record: Registration
    owner_id: string
    display_name: string
    voided: boolean
  }>(
    `SELECT r.tally_record AS record, r.owner_id::text AS owner_id, u.display_name, r.voided
       FROM registrations r JOIN users u ON u.id = r.owner_id
      WHERE r.review_status = 'approved' ${team ? 'AND r.team_id = $1' : ''}`,
    team ? [user.teamId] : [],
  )
  return rows.map((r) => ({
    registration: r.record,
    reviewStatus: 'approved',
    ownerId: r.owner_id,
    ownerName: r.display_name,
    voided: r.voided,
  }))
}
