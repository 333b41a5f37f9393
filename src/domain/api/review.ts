// The supervisor's side (design.md "Review"): one decision, a bulk decision, and the queue's filters.
// Filters travel in the query string (GET /api/registrations) and carry nothing personal; a name or an ID
// number travels only in a POST body (POST /api/registrations/search).
import { z } from 'zod/mini'
import type { Registration } from '../registration/registration-schema.ts'
import type { AuditEntry, Person } from './admin.ts'
import {
  reviewDecisions,
  reviewStatuses,
  type Review,
  type ReviewDecision,
  type ReviewStatus,
} from './sync.ts'

const needsComment = (r: { decision: string; comment?: string | undefined }) =>
  r.decision === 'approve' || (r.comment !== undefined && r.comment.length > 0)
const commentMessage = { message: 'Cần ghi lý do khi trả lại hoặc từ chối', path: ['comment'] }
const decision = z.enum(reviewDecisions, { message: 'Quyết định phải là approve, return hoặc reject' })
const comment = z.optional(z.string().check(z.trim(), z.maxLength(1000)))
const uuid = (message: string) => z.uuid({ message })

export const reviewRequestSchema = z
  .object({
    revision: z.number().check(z.int(), z.gte(1)),
    decision,
    comment,
    // Approving despite a hard duplicate flag (same ID number elsewhere) needs a stated reason.
    override: z.optional(
      z.object({
        reason: z
          .string()
          .check(
            z.trim(),
            z.minLength(5, { message: 'Ghi rõ lý do duyệt (ít nhất 5 ký tự)' }),
            z.maxLength(500),
          ),
      }),
    ),
  })
  .check(z.refine(needsComment, commentMessage))
export type ReviewRequest = z.infer<typeof reviewRequestSchema>

export const MAX_REVIEW_BATCH = 200

/** One decision for many registrations, each decided and audited on its own. No override: a hard flag
 * needs its own reason, one registration at a time. */
export const reviewBatchRequestSchema = z
  .object({
    items: z
      .array(z.object({ id: uuid('Mã bản ghi không hợp lệ'), revision: z.number().check(z.int(), z.gte(1)) }))
      .check(
        z.minLength(1, { message: 'Chọn ít nhất một bản ghi' }),
        z.maxLength(MAX_REVIEW_BATCH, { message: `Tối đa ${MAX_REVIEW_BATCH} bản ghi mỗi lần duyệt` }),
        z.refine((items) => new Set(items.map((i) => i.id)).size === items.length, {
          message: 'Một bản ghi chỉ được chọn một lần',
        }),
      ),
    decision,
    comment,
  })
  .check(z.refine(needsComment, commentMessage))
export type ReviewBatchRequest = z.infer<typeof reviewBatchRequestSchema>

export const LIST_LIMIT_DEFAULT = 50
export const LIST_LIMIT_MAX = 200

/** In the order the queue's filter lists them. */
export const flagFilters = ['any', 'hard', 'soft'] as const
export type FlagFilter = (typeof flagFilters)[number]

const registrationFilterShape = {
  eventId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
  status: z.optional(z.enum(reviewStatuses, { message: 'Trạng thái không hợp lệ' })),
  ownerId: z.optional(uuid('Mã cán bộ không hợp lệ')),
  communeCode: z.optional(z.string().check(z.regex(/^\d{5}$/, { message: 'Mã xã gồm 5 chữ số' }))),
  commune: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  flagged: z.optional(z.enum(flagFilters, { message: 'Cờ trùng phải là hard, soft hoặc any' })),
  limit: z.optional(
    z.coerce
      .number()
      .check(
        z.int(),
        z.gte(1),
        z.lte(LIST_LIMIT_MAX, { message: `Tối đa ${LIST_LIMIT_MAX} bản ghi mỗi trang` }),
      ),
  ),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
}

export const registrationFilterSchema = z.object(registrationFilterShape)
export type RegistrationFilter = z.infer<typeof registrationFilterSchema>

/** `q`: 12 digits = an exact ID number; anything else = a name, compared without diacritics. */
export const registrationQuerySchema = z.object({
  ...registrationFilterShape,
  q: z.optional(
    z.string().check(z.trim(), z.minLength(2, { message: 'Nhập ít nhất 2 ký tự' }), z.maxLength(100)),
  ),
})
export type RegistrationQuery = z.infer<typeof registrationQuerySchema>

/** One person of a registration as the queue shows them: enough to recognise, not the whole record. */
export interface ParticipantSummary {
  fullName: string
  commune: string
  communeCode?: string
  birthYear: number
}

/** A registration in the supervisor's queue (GET /api/registrations, POST /api/registrations/search). */
export interface RegistrationSummary {
  id: string
  revision: number
  eventId: string
  teamId: string | null
  collectedAt: string
  collector: Person
  review: Review
  amountCollected: number
  participantCount: number
  participants: ParticipantSummary[]
  /** Duplicate flags whose other registration is not rejected. */
  flagCounts: { hard: number; soft: number }
  receivedAt: string
  updatedAt: string
  registration: Registration
}

export interface RegistrationPage {
  items: RegistrationSummary[]
  cursor?: string
}

export interface ReviewHistoryEntry {
  revision: number
  decision: ReviewDecision
  status: ReviewStatus
  comment?: string
  override?: { reason: string }
  /** The reviewer's username. */
  decidedBy: string
  /** The reviewer's display name: the name the audit log and every other screen show. */
  decidedByName: string
  decidedAt: string
}

export type DuplicateFlagKind = 'duplicate_id' | 'possible_duplicate'

/** A possible duplicate: the other registration when the caller may open it, else only that it exists. */
export type DuplicateFlag =
  | {
      kind: DuplicateFlagKind
      severity: 'hard' | 'soft'
      otherId: string
      participantIndex: number
      otherParticipantIndex: number
      otherStatus: ReviewStatus
      otherVisible: true
    }
  | {
      kind: DuplicateFlagKind
      severity: 'hard' | 'soft'
      participantIndex: number
      otherVisible: false
    }

/** GET /api/registrations/:id: the registration, every revision, its reviews, flags and audit lines. */
export interface RegistrationDetail extends RegistrationSummary {
  revisions: { revision: number; receivedAt: string; registration: Registration }[]
  reviews: ReviewHistoryEntry[]
  /** Hard first. */
  flags: DuplicateFlag[]
  /** Oldest first. */
  history: AuditEntry[]
  /**
   * Household HI participants of the latest revision found on the office's participant list, with their card
   * there; `covers`: that card already covers the period paid, so this charges twice unless the note says why.
   * Absent from servers before the list existed.
   */
  listCards?: { participantIndex: number; hiTo: string; covers: boolean }[]
}

/** One line of POST /api/registrations/review-batch: each registration decided on its own. */
export type BatchResult =
  | { id: string; revision: number; status: 200; review: Review }
  | { id: string; revision: number; status: number; error: { code: string; message: string } }

export interface BatchAnswer {
  results: BatchResult[]
  summary: { ok: number; failed: number }
}
