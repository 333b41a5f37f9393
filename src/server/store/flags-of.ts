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

/** A flag about a registration the caller may not open: that it exists, not what it is. */
export interface HiddenFlag {
  kind: FlagKind
  severity: FlagSeverity
  participantIndex: number
  otherVisible: false
}

export type FlagWire = FlagView | HiddenFlag

/**
 * The duplicate flags of one registration, hard first; flags against rejected registrations are left out.
 * Staff get only flags about registrations they may read: a flag against another team's record was an oracle
 * telling whether, and in what state, someone else holds an ID number.
 */
export async function flagsOf(db: Db, user: AuthUser, id: string, only?: FlagKind): Promise<FlagView[]> {
  const scope = registrationScope(user, 2)
  const params: unknown[] = [id, ...scope.params]
  let kindClause = user.role === 'staff' ? ` AND (${scope.sql})` : ''
  if (only) {
    params.push(only)
    kindClause += ` AND f.kind = $${params.length}`
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

/**
 * Flags as a caller sees them: in full for registrations they may open; for the others (a supervisor's view of
 * another team) only that one exists for this participant — not its id, status or people. The office (admin)
 * sees everything and resolves those.
 */
export function flagsForCaller(flags: readonly FlagView[]): FlagWire[] {
  const seen = new Set<string>()
  const out: FlagWire[] = []
  for (const f of flags) {
    if (f.otherVisible) {
      out.push(f)
      continue
    }
    const key = `${f.kind}:${f.participantIndex}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({
      kind: f.kind,
      severity: f.severity,
      participantIndex: f.participantIndex,
      otherVisible: false,
    })
  }
  return out
}
