// The review endpoints of docs/api.md as the screens use them. Shapes follow the server's answers
// (src/server/store/registration-row.ts, find-registration.ts, flags-of.ts); the app never imports server
// code. Filters go in the query string; a name or an ID number only ever in a POST body.
import type {
  BatchAnswer,
  FlagFilter,
  RegistrationDetail,
  RegistrationPage,
  ReviewRequest,
} from '../../../domain/api/review.ts'
export type {
  BatchAnswer,
  BatchResult,
  DuplicateFlag,
  FlagFilter,
  RegistrationDetail,
  RegistrationPage,
  RegistrationSummary,
  ReviewHistoryEntry,
} from '../../../domain/api/review.ts'
export type { AuditEntry } from '../../../domain/api/admin.ts'
import type { Review, ReviewDecision, ReviewStatus } from '../../../domain/api/sync.ts'
import { apiFetch } from '../../api/http.ts'

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
