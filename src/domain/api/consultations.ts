// People advised (POST /api/sync/consultations, GET /api/consultations/follow-ups): a phone pushes the
// consultations it recorded, idempotent by id like registrations; the office lists the follow-ups due.
// Constants and types only, so the sync engine on the phone's first load never pulls zod; the envelope's
// schema is in consultation-push-request.ts.
import type { FieldIssue } from '../registration/field-issue.ts'
import type { ConsultationTopic } from '../consultation/consultation-schema.ts'

export const MAX_CONSULTATION_BATCH = 200

/**
 * `accepted`: stored now; `duplicate`: already stored with the same content (a retry); `conflict`: the id is
 * stored with other content and nothing changed; `rejected`: the entry breaks a rule, `errors` say which.
 */
export type ConsultationResult =
  | { id: string; status: 'accepted' | 'duplicate' | 'conflict' }
  | { id: string; status: 'rejected'; errors: FieldIssue[] }

export interface ConsultationPushResponse {
  results: ConsultationResult[]
}

/** A follow-up due, as the office lists it: the person gave consent to be contacted again. */
export interface FollowUp {
  id: string
  eventId: string
  recordedAt: string
  followUpOn: string
  fullName: string
  phone?: string
  topics: ConsultationTopic[]
  interested: boolean
  note?: string
  staffId: string
  staffName: string
}
