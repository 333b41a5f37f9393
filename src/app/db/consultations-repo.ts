// People advised on this phone: sealed like registrations (a consultation may name one person, with their
// consent), pushed by the sync, and the follow-ups promised to come back on the home screen.
import type { Consultation } from '../../domain/consultation/consultation-schema.ts'
import { requireDataKey } from './data-key.ts'
import { db } from './db.ts'
import type { StoredConsultation } from './schema.ts'
import { dueFollowUpRows } from './follow-ups-due.ts'
import { seal, unseal } from './sealed-box.ts'

const context = (id: string) => `consultation:${id}`

export interface LocalConsultation extends Omit<StoredConsultation, 'sealed'> {
  record: Consultation
}

/** Saves a new consultation, waiting to be pushed. Throws LockedError when locked. */
export async function saveConsultation(record: Consultation, now = Date.now()): Promise<void> {
  await db.consultations.put(await sealConsultation(record, now))
}

/** The row a consultation is kept as, waiting to be pushed (a backup import writes these too). */
export async function sealConsultation(
  record: Consultation,
  now: number,
  key = requireDataKey(),
): Promise<StoredConsultation> {
  const row: StoredConsultation = {
    id: record.id,
    eventId: record.eventId,
    savedAt: now,
    syncState: 'waiting',
    sealed: await seal(key, record, context(record.id)),
  }
  if (record.followUpOn !== undefined) row.followUpOn = record.followUpOn
  return row
}

export async function openConsultation(
  row: StoredConsultation,
  key = requireDataKey(),
): Promise<LocalConsultation> {
  const { sealed, ...clear } = row
  return { ...clear, record: await unseal<Consultation>(key, sealed, context(row.id)) }
}

/** Follow-ups due on or before `today` and not dealt with, oldest first, decrypted. */
export async function followUpsDue(today: string): Promise<LocalConsultation[]> {
  const rows = await dueFollowUpRows(today)
  rows.sort((a, b) => (a.followUpOn ?? '').localeCompare(b.followUpOn ?? '') || a.savedAt - b.savedAt)
  const key = requireDataKey()
  // Wrapped for useLiveQuery: the Dexie read above is what it watches, the WebCrypto work comes after.
  return Promise.resolve(Promise.all(rows.map((r) => openConsultation(r, key))))
}

export async function getConsultation(id: string): Promise<LocalConsultation | undefined> {
  const row = await db.consultations.get(id)
  return row ? openConsultation(row) : undefined
}

export async function markFollowUpDone(id: string): Promise<void> {
  // The clear day goes: the index keeps the open follow-ups only.
  await db.consultations.update(id, (row) => {
    row.followUpDone = true
    delete row.followUpOn
  })
}

/** How many consultations the server has not stored yet (sign-out refuses while there are any). */
export function countWaitingConsultations(): Promise<number> {
  return db.consultations.where('syncState').equals('waiting').count()
}
