// Sync between the phone and the server (design.md "Sync"): the per-record answers, the pull page and the
// protocol version. Constants and types only: the sync engine loads with the first screen, and a schema
// here would bring zod into that first load (the envelope's schema is push-request.ts).
import type { FieldIssue } from '../registration/field-issue.ts'

/**
 * The sync protocol the phone speaks, sent as the `X-Ghidanh-Protocol` header on push and pull. A phone
 * from before the header existed sends none and is version 1. The server accepts every version still on
 * phones (one with unsynced records must never be locked out by an upgrade) and answers
 * `400 unsupported_protocol` with the versions it knows for any other.
 */
export const SYNC_PROTOCOL_VERSION = 1
export const SUPPORTED_PROTOCOL_VERSIONS: readonly number[] = [1]
export const PROTOCOL_HEADER = 'X-Ghidanh-Protocol'

export const MAX_PUSH_BATCH = 500
export const MAX_PUSH_BYTES = 5 * 1024 * 1024

/** The push envelope: the registrations are checked one by one (push-request.ts has the schema). */
export interface PushRequest {
  deviceId: string
  registrations: unknown[]
}

export const pushStatuses = ['accepted', 'duplicate', 'rejected', 'conflict'] as const
export type PushStatus = (typeof pushStatuses)[number]

/**
 * The server's answer about one pushed registration. `accepted`: stored now; `duplicate`: that revision
 * was stored before; `rejected`: it breaks a rule, `errors` say which; `conflict`: the server holds
 * something else under that id and revision (or a receipt number already used), `errors` may say why.
 */
export type PushResult =
  | { id: string; revision: number; status: 'accepted' | 'duplicate' }
  | { id: string; revision: number; status: 'rejected'; errors: FieldIssue[] }
  | { id: string; revision: number; status: 'conflict'; errors?: FieldIssue[] }

export interface PushResponse {
  results: PushResult[]
  serverTime: string
}

export const reviewStatuses = ['pending', 'approved', 'returned', 'rejected'] as const
export type ReviewStatus = (typeof reviewStatuses)[number]
export const reviewDecisions = ['approve', 'return', 'reject'] as const
export type ReviewDecision = (typeof reviewDecisions)[number]

export interface Review {
  status: ReviewStatus
  comment?: string
  decidedBy?: string
  decidedAt?: string
}

export interface PullChange {
  id: string
  revision: number
  review: Review
}
export interface PullResponse {
  changes: PullChange[]
  cursor: string
}

/** The protocol version a request declares: 1 when it declares none, undefined when it is not a number. */
export function declaredProtocolVersion(header: string | null | undefined): number | undefined {
  if (header === null || header === undefined || header === '') return 1
  return /^\d{1,4}$/.test(header) ? Number(header) : undefined
}
