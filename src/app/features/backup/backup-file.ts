// The `.ghidanh` backup file: a JSON envelope (clear: format, version, KDF parameters, IVs) around one
// AES-GCM ciphertext of the payload (registrations, receipt counter, who and which device). The key comes
// from a passphrase the staff member chooses (PBKDF2-SHA256), not from the PIN: the file must open on
// another phone. `check` is a known text sealed under the same key, so a wrong passphrase can be told
// from a damaged file; it lets nobody test passphrases faster than the payload itself would.
import { z } from 'zod/mini'
import { issueCodes } from '../../../domain/registration/field-issue.ts'
import type { Registration } from '../../../domain/registration/registration-schema.ts'
import type { ReviewStatus } from '../../../domain/api/sync.ts'
import type { LocalRegistration, SyncState } from '../../db/schema.ts'

export const BACKUP_FORMAT = 'ghidanh-backup'
export const BACKUP_VERSION = 1
export const BACKUP_EXTENSION = '.ghidanh'
export const CHECK_TEXT = 'ghidanh-backup-check'
/** Bound to the ciphertexts as additional data: a payload from another format or version will not open. */
export const PAYLOAD_CONTEXT = `${BACKUP_FORMAT}:${BACKUP_VERSION}:payload`
export const CHECK_CONTEXT = `${BACKUP_FORMAT}:${BACKUP_VERSION}:check`
export const MIN_PASSPHRASE_LENGTH = 8

const base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/))
const positiveInt = z.int().check(z.minimum(1))

export const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.string(),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    // Floor and ceiling: a doctored file must not make the phone derive with 1 iteration or 10^12.
    iterations: z.int().check(z.minimum(100_000), z.maximum(10_000_000)),
    salt: base64,
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: base64, checkIv: base64, check: base64 }),
  /** Length of the ciphertext in bytes, so a cut file is told from a tampered one. */
  bytes: z.int().check(z.minimum(16)),
  ciphertext: base64,
})
export type BackupEnvelope = z.infer<typeof envelopeSchema>

const syncStates = ['waiting', 'sent', 'rejected', 'conflict'] as const satisfies readonly SyncState[]
const reviewStatuses = [
  'pending',
  'approved',
  'returned',
  'rejected',
] as const satisfies readonly ReviewStatus[]

const backupRegistrationSchema = z.object({
  id: z.string(),
  revision: positiveInt,
  syncState: z.enum(syncStates),
  ackedRevision: z.int().check(z.minimum(0)),
  savedAt: z.number(),
  /** Checked on its own against the wire schema (import-backup.ts), for a message that names the field. */
  record: z.unknown(),
  review: z.optional(
    z.object({
      status: z.enum(reviewStatuses),
      comment: z.optional(z.string()),
      decidedBy: z.optional(z.string()),
      decidedAt: z.optional(z.string()),
    }),
  ),
  errors: z.optional(
    z.array(
      z.object({
        path: z.string(),
        code: z.enum(issueCodes),
        message: z.string(),
        details: z.optional(z.record(z.string(), z.unknown())),
      }),
    ),
  ),
  voided: z.optional(z.object({ reason: z.string(), at: z.string() })),
  /** It was in the outbox when the backup was made: it is queued again on import. */
  queued: z.boolean(),
})

export const payloadSchema = z.object({
  user: z.object({ id: z.string(), username: z.string() }),
  deviceId: z.string(),
  receiptPrefix: z.string(),
  receiptSeq: z.int().check(z.minimum(0)),
  createdAt: z.string(),
  registrations: z.array(backupRegistrationSchema),
  /**
   * People advised the server does not have yet (or all, for "all"): each checked on import against the
   * consultation schema. Optional: files from before consultations have none, and older apps ignore it.
   */
  consultations: z.optional(z.array(z.unknown())),
})
export type BackupPayload = z.infer<typeof payloadSchema>
export type BackupRegistration = z.infer<typeof backupRegistrationSchema>

/** A checked backup entry as the device holds it. `record` must already have the wire shape. */
export function toLocal(entry: BackupRegistration, record: Registration): LocalRegistration {
  const local: LocalRegistration = {
    id: entry.id,
    revision: entry.revision,
    record,
    syncState: entry.syncState,
    ackedRevision: entry.ackedRevision,
    savedAt: entry.savedAt,
  }
  if (entry.review) {
    const { comment, decidedBy, decidedAt, status } = entry.review
    local.review = { status }
    if (comment !== undefined) local.review.comment = comment
    if (decidedBy !== undefined) local.review.decidedBy = decidedBy
    if (decidedAt !== undefined) local.review.decidedAt = decidedAt
  }
  if (entry.errors)
    local.errors = entry.errors.map(({ details, ...issue }) =>
      details === undefined ? issue : { ...issue, details },
    )
  if (entry.voided) local.voided = entry.voided
  return local
}
