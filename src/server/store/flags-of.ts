import type { ReviewStatus } from '../../domain/index.ts'
import type { AuthUser } from './auth-user.ts'
import type { Db } from './db.ts'
import { severityOf, type FlagKind, type FlagSeverity } from './refresh-flags.ts'
import { registrationScope } from './registration-scope.ts'

export interface FlagView {
  kind: FlagKind
  severity: FlagSeverity
  /** The other registration; `otherVisible` says whether the caller may open it. */
  otherId: string
  participantIndex: number
  otherParticipantIndex: number
  otherStatus: ReviewStatus
  otherVisible: boolean
}

/** The duplicate flags of one registration, hard first; flags against rejected registrations are left out. */
export async function flagsOf(db: Db, user: AuthUser, id: string, only?: FlagKind): Promise<FlagView[]> {
  const scope = registrationScope(user, 2)
  const params: unknown[] = [id, ...scope.params]
  let kindClause = ''
  if (only) {
    params.push(only)
    kindClause = ` AND f.kind = $${params.length}`
  }
  const rows = await db.query<{
    kind: FlagKind
    other_id: string
    participant_index: number
    other_participant_index: number
    review_status: ReviewStatus
    visible: boolean
  }>(
    `SELECT f.kind, f.other_id, f.participant_index, f.other_participant_index, r.review_status,
            (${scope.sql}) AS visible
       FROM registration_flags f JOIN registrations r ON r.id = f.other_id
      WHERE f.registration_id = $1 AND r.review_status <> 'rejected'${kindClause}
      ORDER BY f.kind, f.participant_index, f.other_id, f.other_participant_index`,
    params,
  )
  return rows.map((f) => ({
    kind: f.kind,
    severity: severityOf[f.kind],
    otherId: f.other_id,
    participantIndex: f.participant_index,
    otherParticipantIndex: f.other_participant_index,
    otherStatus: f.review_status,
    otherVisible: f.visible,
  }))
}
