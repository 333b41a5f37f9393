import type { RegistrationSummary } from '../../domain/api/review.ts'
import type { Registration, Review, ReviewStatus } from '../../domain/index.ts'
import type { AuthUser } from './auth-user.ts'
import { toIso } from './to-iso.ts'

/** The columns every registration read selects (alias `r`, collector `o`, decider `d`). */
export const REGISTRATION_COLUMNS = registrationColumns('supervisor')

/**
 * The same columns for a caller of `role`. Staff count only flags against registrations they may read (their
 * own, so `fo.owner_id = r.owner_id`): a flag against another collector's record told them that someone
 * elsewhere holds that ID number.
 */
export function registrationColumns(role: AuthUser['role']): string {
  const readable = role === 'staff' ? ' AND fo.owner_id = r.owner_id' : ''
  return `r.id, r.revision, r.event_id, r.team_id, r.collected_at, r.record,
  r.amount_collected::text AS amount_collected, r.review_status, r.review_comment, r.decided_at, r.created_at, r.updated_at,
  o.id AS owner_id, o.username AS owner_username, o.display_name AS owner_display_name,
  d.username AS decided_by_username,
  ${flagCount('duplicate_id', readable)} AS hard_flags, ${flagCount('possible_duplicate', readable)} AS soft_flags`
}

// Other registrations flagged against this one; a rejected one was never enrolled, so it does not count.
function flagCount(kind: 'duplicate_id' | 'possible_duplicate', readable: string): string {
  return `(SELECT count(DISTINCT f.other_id)::int FROM registration_flags f JOIN registrations fo ON fo.id = f.other_id
     WHERE f.registration_id = r.id AND f.kind = '${kind}' AND fo.review_status <> 'rejected'${readable})`
}

export const REGISTRATION_JOINS = `JOIN users o ON o.id = r.owner_id LEFT JOIN users d ON d.id = r.decided_by`

export interface RegistrationRow {
  id: string
  revision: number
  event_id: string
  team_id: string | null
  collected_at: Date
  record: Registration
  amount_collected: string
  review_status: ReviewStatus
  review_comment: string | null
  decided_at: Date | null
  created_at: Date
  updated_at: Date
  owner_id: string
  owner_username: string
  owner_display_name: string
  decided_by_username: string | null
  hard_flags: number
  soft_flags: number
}

export type { RegistrationSummary }

export function reviewOf(row: {
  review_status: ReviewStatus
  review_comment: string | null
  decided_by_username: string | null
  decided_at: Date | null
}): Review {
  return {
    status: row.review_status,
    ...(row.review_comment !== null ? { comment: row.review_comment } : {}),
    ...(row.decided_by_username !== null ? { decidedBy: row.decided_by_username } : {}),
    ...(row.decided_at !== null ? { decidedAt: toIso(row.decided_at) } : {}),
  }
}

export function toSummary(row: RegistrationRow): RegistrationSummary {
  return {
    id: row.id,
    revision: row.revision,
    eventId: row.event_id,
    teamId: row.team_id,
    collectedAt: row.record.collectedAt,
    collector: { id: row.owner_id, username: row.owner_username, displayName: row.owner_display_name },
    review: reviewOf(row),
    amountCollected: Number(row.amount_collected),
    participantCount: row.record.participants.length,
    participants: row.record.participants.map((p) => ({
      fullName: p.fullName,
      commune: p.address.commune,
      ...(p.address.communeCode !== undefined ? { communeCode: p.address.communeCode } : {}),
      birthYear: Number(p.dateOfBirth.slice(0, 4)),
    })),
    flagCounts: { hard: row.hard_flags, soft: row.soft_flags },
    receivedAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
    registration: row.record,
  }
}
