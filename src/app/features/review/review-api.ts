// The review endpoints of design.md as the screens use them. Shapes follow the server's answers
// (src/server/store/registration-row.ts, find-registration.ts); the app never imports server code.
import type {
  Registration,
  Review,
  ReviewDecision,
  ReviewRequest,
  ReviewStatus,
} from '../../../domain/index.ts'
import { apiFetch } from '../../api/http.ts'

export interface RegistrationSummary {
  id: string
  revision: number
  eventId: string
  collectedAt: string
  collector: { id: string; username: string; displayName: string }
  review: Review
  amountCollected: number
  participantCount: number
  receivedAt: string
  updatedAt: string
  registration: Registration
}

export interface ReviewHistoryEntry {
  revision: number
  decision: ReviewDecision
  status: ReviewStatus
  comment?: string
  decidedBy: string
  decidedAt: string
}

export interface RegistrationDetail extends RegistrationSummary {
  revisions: { revision: number; receivedAt: string; registration: Registration }[]
  reviews: ReviewHistoryEntry[]
  flags: {
    possibleDuplicate: boolean
    duplicates: { participantIndex: number; registrationId: string }[]
  }
}

export interface RegistrationPage {
  items: RegistrationSummary[]
  cursor?: string
}

export interface EventSummary {
  id: string
  name: string
}

export function listRegistrations(filter: {
  status?: ReviewStatus | undefined
  cursor?: string | undefined
}): Promise<RegistrationPage> {
  const query = new URLSearchParams()
  if (filter.status) query.set('status', filter.status)
  if (filter.cursor) query.set('cursor', filter.cursor)
  const qs = query.toString()
  return apiFetch<RegistrationPage>(`/api/registrations${qs ? `?${qs}` : ''}`)
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

export function listEvents(): Promise<EventSummary[]> {
  return apiFetch<EventSummary[] | { items: EventSummary[] }>('/api/events').then((answer) =>
    Array.isArray(answer) ? answer : answer.items,
  )
}
