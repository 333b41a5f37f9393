// The review endpoints of docs/api.md as the screens use them. Shapes follow the server's answers
// (src/server/store/registration-row.ts, find-registration.ts, flags-of.ts); the app never imports server
// code. Filters go in the query string; a name or an ID number only ever in a POST body.
import type { Registration } from '../../../domain/registration/registration-schema.ts'
import type { Review, ReviewDecision, ReviewRequest, ReviewStatus } from '../../../domain/sync/protocol.ts'
import { apiFetch } from '../../api/http.ts'

export type FlagFilter = 'hard' | 'soft' | 'any'

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
  participants: { fullName: string; commune: string; communeCode?: string; birthYear: number }[]
  flagCounts: { hard: number; soft: number }
  receivedAt: string
  updatedAt: string
  registration: Registration
}

export interface ReviewHistoryEntry {
  revision: number
  decision: ReviewDecision
  status: ReviewStatus
  comment?: string
  override?: { reason: string }
  decidedBy: string
  /** Absent from servers before it was added: fall back to `decidedBy`. */
  decidedByName?: string
  decidedAt: string
}

export type DuplicateFlag =
  | {
      kind: 'duplicate_id' | 'possible_duplicate'
      severity: 'hard' | 'soft'
      otherId: string
      participantIndex: number
      otherParticipantIndex: number
      otherStatus: ReviewStatus
      otherVisible: true
    }
  /** About a registration of another team: only that it exists (the office resolves it). */
  | {
      kind: 'duplicate_id' | 'possible_duplicate'
      severity: 'hard' | 'soft'
      participantIndex: number
      otherVisible: false
    }

export interface AuditEntry {
  id: string
  at: string
  actor: { id: string; username: string; displayName: string } | null
  action: string
  entity?: string
  entityId?: string | null
  detail: Record<string, unknown>
}

export interface RegistrationDetail extends RegistrationSummary {
  revisions: { revision: number; receivedAt: string; registration: Registration }[]
  reviews: ReviewHistoryEntry[]
  flags: DuplicateFlag[]
  history: AuditEntry[]
}

export interface RegistrationPage {
  items: RegistrationSummary[]
  cursor?: string
}

/** What the queue can be narrowed by; `q` (name or ID number) is sent in a body, never in the URL. */
export interface ReviewFilter {
  eventId?: string | undefined
  status?: ReviewStatus | undefined
  ownerId?: string | undefined
  commune?: string | undefined
  flagged?: FlagFilter | undefined
  q?: string | undefined
}

export interface EventSummary {
  id: string
  name: string
}

export interface StaffMember {
  id: string
  username: string
  displayName: string
  role: 'staff' | 'supervisor' | 'admin'
  teamId: string | null
  disabled: boolean
}

export type BatchResult =
  | { id: string; revision: number; status: 200; review: Review }
  | { id: string; revision: number; status: number; error: { code: string; message: string } }

export interface BatchAnswer {
  results: BatchResult[]
  summary: { ok: number; failed: number }
}

export const PAGE_SIZE = 100

/** The filters without `q`, empty ones left out: safe for a query string. */
export function filterParams(filter: ReviewFilter): Record<string, string> {
  const params: Record<string, string> = {}
  for (const key of ['eventId', 'status', 'ownerId', 'commune', 'flagged'] as const) {
    const value = filter[key]?.trim()
    if (value) params[key] = value
  }
  return params
}

export function listRegistrations(filter: ReviewFilter, cursor?: string): Promise<RegistrationPage> {
  const q = filter.q?.trim()
  if (q) {
    return apiFetch<RegistrationPage>('/api/registrations/search', {
      method: 'POST',
      json: { ...filterParams(filter), q, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) },
    })
  }
  const query = new URLSearchParams({ ...filterParams(filter), limit: String(PAGE_SIZE) })
  if (cursor) query.set('cursor', cursor)
  return apiFetch<RegistrationPage>(`/api/registrations?${query.toString()}`)
}

export function getRegistration(id: string): Promise<RegistrationDetail> {
  return apiFetch<RegistrationDetail>(`/api/registrations/${encodeURIComponent(id)}`)
}

export function postReview(id: string, body: ReviewRequest): Promise<Review> {
  return apiFetch<Review>(`/api/registrations/${encodeURIComponent(id)}/review`, {
    method: 'POST',
    json: body,
  })
}

export function reviewBatch(body: {
  items: { id: string; revision: number }[]
  decision: ReviewDecision
  comment?: string
}): Promise<BatchAnswer> {
  return apiFetch<BatchAnswer>('/api/registrations/review-batch', { method: 'POST', json: body })
}

export function listEvents(): Promise<EventSummary[]> {
  return apiFetch<EventSummary[] | { items: EventSummary[] }>('/api/events').then((answer) =>
    Array.isArray(answer) ? answer : answer.items,
  )
}

export function listStaff(): Promise<StaffMember[]> {
  return apiFetch<StaffMember[]>('/api/users')
}
