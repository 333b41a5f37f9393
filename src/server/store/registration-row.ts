import type { Registration, Review, ReviewStatus } from '../../domain/index.ts'
import { toIso } from './to-iso.ts'

/** The columns every registration read selects (alias `r`, collector `o`, decider `d`). */
export const REGISTRATION_COLUMNS = `r.id, r.revision, r.event_id, r.team_id, r.collected_at, r.record,
  r.amount_collected::text AS amount_collected, r.review_status, r.review_comment, r.decided_at, r.created_at, r.updated_at,
  o.id AS owner_id, o.username AS owner_username, o.display_name AS owner_display_name,
  d.username AS decided_by_username`

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
}

export interface RegistrationSummary {
  id: string
  revision: number
  eventId: string
  teamId: string | null
  collectedAt: string
  collector: { id: string; username: string; displayName: string }
  review: Review
  amountCollected: number
  participantCount: number
  receivedAt: string
  updatedAt: string
  registration: Registration
}

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
    receivedAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
    registration: row.record,
  }
}
