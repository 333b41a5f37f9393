// Restores a backup file. Everything is checked before anything is written — the envelope, the
// passphrase, the ciphertext, the payload's shape and every registration's shape (the wire schema) — then all
// of it goes in ONE transaction. The rules are deliberately NOT applied here: a record saved under older rules
// (a rule row changed, a check became an error) must still come back, never be left behind in the file; the
// server judges it on push and a refused one waits on the phone for correction like any rejected record. A file that fails any check
// changes nothing and says why (ImportFailure; messages in backup-vi.ts, `error_<code>`).
// Records keep their ids and revisions, so pushing them from here gives `duplicate` for what the server
// already has, never a second row; a local record at the same or a higher revision is never overwritten.
import { zodIssuesToFieldIssues } from '../../../domain/registration/check-registration.ts'
import { registrationSchema } from '../../../domain/registration/registration-schema.ts'
import { vietnameseZodError } from '../../../domain/registration/vietnamese-zod-error.ts'
import { requireDataKey } from '../../db/data-key.ts'
import { deriveAesKey } from '../../db/derive-aes-key.ts'
import { db } from '../../db/db.ts'
import { sealRegistration } from '../../db/registrations-repo.ts'
import { sealConsultation } from '../../db/consultations-repo.ts'
import { consultationSchema, type Consultation } from '../../../domain/consultation/consultation-schema.ts'
import type { StoredRegistration } from '../../db/schema.ts'
import type { DeviceInfo, SessionUser } from '../../db/settings.ts'
import { fromBase64 } from './base64.ts'
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  CHECK_CONTEXT,
  CHECK_TEXT,
  envelopeSchema,
  PAYLOAD_CONTEXT,
  payloadSchema,
  toLocal,
  type BackupEnvelope,
  type BackupPayload,
} from './backup-file.ts'

export type ImportFailureCode =
  | 'empty'
  | 'not_json'
  | 'truncated'
  | 'foreign'
  | 'version'
  | 'bad_envelope'
  | 'wrong_passphrase'
  | 'damaged'
  | 'bad_payload'
  | 'other_user'
  | 'bad_record'

export interface ImportFailure {
  ok: false
  code: ImportFailureCode
  /** Values for the message: field, version, username, index, receiptNo, path, message. Never a citizen's data. */
  details: Record<string, string | number>
}

export interface ImportSuccess {
  ok: true
  /** New on this device. */
  added: number
  /** Replaced an older revision on this device. */
  updated: number
  /** Already here at the same or a higher revision: kept as they were. */
  kept: number
  /** The receipt counter was raised to the backup's (same receipt prefix). */
  receiptSeqRaised: boolean
}

export type ImportResult = ImportSuccess | ImportFailure

const fail = (code: ImportFailureCode, details: Record<string, string | number> = {}): ImportFailure => ({
  ok: false,
  code,
  details,
})

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

export async function importBackup(
  text: string,
  passphrase: string,
  user: Pick<SessionUser, 'id' | 'username'>,
  now = Date.now(),
): Promise<ImportResult> {
  const opened = await openBackup(text, passphrase)
  if (!opened.ok) return opened
  const payload = opened.payload
  if (payload.user.id !== user.id) return fail('other_user', { username: payload.user.username })

  const seen = new Set<string>()
  const locals = []
  for (const [i, entry] of payload.registrations.entries()) {
    const where = { index: i + 1, receiptNo: receiptOf(entry.record) }
    if (seen.has(entry.id)) return fail('bad_record', { ...where, path: 'id', message: 'trùng mã hồ sơ' })
    seen.add(entry.id)
    const parsed = registrationSchema.safeParse(entry.record, {
      error: vietnameseZodError,
      reportInput: true,
    })
    if (!parsed.success) {
      const first = zodIssuesToFieldIssues(parsed.error.issues)[0]
      return fail('bad_record', { ...where, path: first?.path ?? '', message: first?.message ?? '' })
    }
    if (parsed.data.id !== entry.id || parsed.data.revision !== entry.revision)
      return fail('bad_record', { ...where, path: 'id', message: 'mã hoặc số bản không khớp' })
    locals.push({ local: toLocal(entry, parsed.data), queued: entry.queued })
  }

  const advised: Consultation[] = []
  for (const [i, entry] of (payload.consultations ?? []).entries()) {
    const parsed = consultationSchema.safeParse(entry, { error: vietnameseZodError, reportInput: true })
    if (!parsed.success) {
      const first = zodIssuesToFieldIssues(parsed.error.issues)[0]
      const index = payload.registrations.length + i + 1
      return fail('bad_record', {
        index,
        receiptNo: '—',
        path: first?.path ?? '',
        message: first?.message ?? '',
      })
    }
    advised.push(parsed.data)
  }

  // Sealed before the transaction (see save-registration.ts: WebCrypto inside would let it commit early).
  const key = requireDataKey()
  const rows: { row: StoredRegistration; queued: boolean }[] = []
  for (const { local, queued } of locals) rows.push({ row: await sealRegistration(local, key), queued })
  const advisedRows = await Promise.all(advised.map((c) => sealConsultation(c, now, key)))

  return db.transaction('rw', [db.registrations, db.outbox, db.settings, db.consultations], async () => {
    // People advised the device does not hold yet wait to be pushed; the server answers a retry `duplicate`.
    for (const row of advisedRows) if (!(await db.consultations.get(row.id))) await db.consultations.put(row)
    const result: ImportSuccess = { ok: true, added: 0, updated: 0, kept: 0, receiptSeqRaised: false }
    for (const [i, { row, queued }] of rows.entries()) {
      const existing = await db.registrations.get(row.id)
      if (existing && existing.revision >= row.revision) {
        result.kept++
        continue
      }
      await db.registrations.put(row)
      if (existing) result.updated++
      else result.added++
      const entry = await db.outbox.get(row.id)
      if (queued)
        await db.outbox.put({ id: row.id, revision: row.revision, enqueuedAt: now + i, attempts: 0 })
      else if (entry && entry.revision <= row.revision) await db.outbox.delete(row.id)
    }
    // Same prefix: this is the device that made the backup (or its reinstall kept the prefix). Numbers
    // up to the backup's counter were issued: never issue them again. Another prefix cannot collide.
    const device = (await db.settings.get('device'))?.value as DeviceInfo | undefined
    if (device?.receiptPrefix === payload.receiptPrefix) {
      const seq = ((await db.settings.get('receiptSeq'))?.value as number | undefined) ?? 0
      if (payload.receiptSeq > seq) {
        await db.settings.put({ key: 'receiptSeq', value: payload.receiptSeq })
        result.receiptSeqRaised = true
      }
    }
    return result
  })
}

type Opened = { ok: true; payload: BackupPayload } | ImportFailure

/** Envelope → passphrase → ciphertext → payload shape. Reads and decrypts; writes nothing. */
export async function openBackup(text: string, passphrase: string): Promise<Opened> {
  if (text.trim() === '') return fail('empty')
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return endsOpen(text) && text.includes(BACKUP_FORMAT) ? fail('truncated') : fail('not_json')
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT)
    return fail('foreign')
  const version = (raw as { version?: unknown }).version
  if (version !== BACKUP_VERSION) return fail('version', { version: String(version) })
  const parsed = envelopeSchema.safeParse(raw)
  if (!parsed.success) return fail('bad_envelope', { field: issuePath(parsed.error.issues[0]?.path) })
  const envelope = parsed.data

  const bytes = decodeAll(envelope)
  if (!bytes) return fail('bad_envelope', { field: 'base64' })
  if (bytes.ciphertext.byteLength !== envelope.bytes) return fail('truncated')

  const key = await deriveAesKey(passphrase, bytes.salt, envelope.kdf.iterations, ['decrypt'])
  try {
    const check = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.checkIv, additionalData: encoder.encode(CHECK_CONTEXT) },
      key,
      bytes.check,
    )
    if (decoder.decode(check) !== CHECK_TEXT) return fail('wrong_passphrase')
  } catch {
    return fail('wrong_passphrase')
  }
  let plain: ArrayBuffer
  try {
    plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.iv, additionalData: encoder.encode(PAYLOAD_CONTEXT) },
      key,
      bytes.ciphertext,
    )
  } catch {
    return fail('damaged')
  }
  let payload: unknown
  try {
    payload = JSON.parse(decoder.decode(plain))
  } catch {
    return fail('bad_payload', { field: 'JSON' })
  }
  const checked = payloadSchema.safeParse(payload)
  if (!checked.success) return fail('bad_payload', { field: issuePath(checked.error.issues[0]?.path) })
  return { ok: true, payload: checked.data }
}

function decodeAll(envelope: BackupEnvelope) {
  const salt = fromBase64(envelope.kdf.salt)
  const iv = fromBase64(envelope.cipher.iv)
  const checkIv = fromBase64(envelope.cipher.checkIv)
  const check = fromBase64(envelope.cipher.check)
  const ciphertext = fromBase64(envelope.ciphertext)
  if (!salt || !iv || !checkIv || !check || !ciphertext || iv.length !== 12 || checkIv.length !== 12)
    return null
  return { salt, iv, checkIv, check, ciphertext }
}

/**
 * Whether the text stops inside a string or an unclosed object/array: a copy or download cut short,
 * as opposed to text that is simply not JSON. (JSON.parse's messages differ between browsers.)
 */
function endsOpen(text: string): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') depth--
  }
  return inString || depth > 0
}

function issuePath(path: readonly PropertyKey[] | undefined): string {
  return (path ?? []).map(String).join('.') || '—'
}

function receiptOf(record: unknown): string {
  const no = (record as { payment?: { receiptNo?: unknown } } | null)?.payment?.receiptNo
  return typeof no === 'string' ? no : '—'
}
