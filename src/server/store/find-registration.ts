import type { Registration, ReviewDecision, ReviewStatus } from '../../domain/index.ts'
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
import { toIso } from './to-iso.ts'

export interface RegistrationDetail extends RegistrationSummary {
  revisions: { revision: number; receivedAt: string; registration: Registration }[]
  reviews: {
    revision: number
    decision: ReviewDecision
    status: ReviewStatus
    comment?: string
    decidedBy: string
    decidedAt: string
  }[]
  flags: {
    /** Another registration has a participant with the same ID number. */
    possibleDuplicate: boolean
    /** Those registrations, as far as the caller may see them; `participantIndex` is in this registration. */
    duplicates: { participantIndex: number; registrationId: string }[]
  }
}

/** One registration with its history, or undefined when it does not exist or is outside the caller's scope. */
export async function findRegistration(
  db: Db,
  user: AuthUser,
  id: string,
): Promise<RegistrationDetail | undefined> {
  const scope = registrationScope(user, 2)
  const [row] = await db.query<RegistrationRow>(
    `SELECT ${REGISTRATION_COLUMNS} FROM registrations r ${REGISTRATION_JOINS} WHERE r.id = $1 AND ${scope.sql}`,
    [id, ...scope.params],
  )
  if (!row) return undefined
  const revisions = await db.query<{ revision: number; received_at: Date; record: Registration }>(
    'SELECT revision, received_at, record FROM registration_revisions WHERE registration_id = $1 ORDER BY revision',
    [id],
  )
  const reviews = await db.query<{
    revision: number
    decision: ReviewDecision
    status: ReviewStatus
    comment: string | null
    username: string
    decided_at: Date
  }>(
    `SELECT v.revision, v.decision, v.status, v.comment, u.username, v.decided_at
       FROM reviews v JOIN users u ON u.id = v.decided_by WHERE v.registration_id = $1 ORDER BY v.id`,
    [id],
  )
  // Rejected registrations are not counted as duplicates: they were never enrolled.
  const duplicates = await db.query<{ participant_index: number; registration_id: string; visible: boolean }>(
    `SELECT mine.participant_index, other.registration_id, (${scope.sql}) AS visible
       FROM registration_people mine
       JOIN registration_people other ON other.id_number = mine.id_number AND other.registration_id <> mine.registration_id
       JOIN registrations r ON r.id = other.registration_id AND r.review_status <> 'rejected'
      WHERE mine.registration_id = $1
      ORDER BY mine.participant_index, other.registration_id`,
    [id, ...scope.params],
  )
  return {
    ...toSummary(row),
    revisions: revisions.map((r) => ({
      revision: r.revision,
      receivedAt: toIso(r.received_at),
      registration: r.record,
    })),
    reviews: reviews.map((v) => ({
      revision: v.revision,
      decision: v.decision,
      status: v.status,
      ...(v.comment !== null ? { comment: v.comment } : {}),
      decidedBy: v.username,
      decidedAt: toIso(v.decided_at),
    })),
    flags: {
      possibleDuplicate: duplicates.length > 0,
      duplicates: duplicates
        .filter((d) => d.visible)
        .map((d) => ({ participantIndex: d.participant_index, registrationId: d.registration_id })),
    },
  }
}
