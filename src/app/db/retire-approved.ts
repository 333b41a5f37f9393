// The phone does not grow forever: a registration the supervisor approved long ago is on the server, has
// nothing left to do here, and goes. Only when every one of these holds, checked again inside the deleting
// transaction: approved; the server acknowledged this very revision; nothing of it waits in the outbox
// (not even held for a conflict); saved more than `keepDays` ago; never a held v1 row. The receipt counter
// lives in settings, so no number is ever given again. Returns how many went.
//
// People advised go by the same setting: a consultation the server stored, saved more than `keepDays` ago,
// with no follow-up still open (a promised visit not yet dealt with stays on the home screen however old).
import { db } from './db.ts'
import type { StoredConsultation, StoredRegistration } from './schema.ts'

const DAY_MS = 86_400_000

/** Days an approved registration stays on the phone by default (Settings can change it). */
export const DEFAULT_KEEP_APPROVED_DAYS = 180

function canRetire(row: StoredRegistration, before: number): boolean {
  return (
    row.savedAt < before &&
    row.review?.status === 'approved' &&
    row.syncState === 'sent' &&
    row.ackedRevision === row.revision &&
    row.held === undefined
  )
}

export async function retireApproved(now: number, keepDays: number): Promise<number> {
  if (!Number.isFinite(keepDays) || keepDays <= 0) return 0
  const before = now - keepDays * DAY_MS
  return db.transaction('rw', db.registrations, db.outbox, async () => {
    const old = await db.registrations.where('savedAt').below(before).toArray()
    const ids: string[] = []
    for (const row of old) {
      if (canRetire(row, before) && !(await db.outbox.get(row.id))) ids.push(row.id)
    }
    await db.registrations.bulkDelete(ids)
    return ids.length
  })
}

function canRetireAdvised(row: StoredConsultation, before: number): boolean {
  return (
    row.savedAt < before &&
    row.syncState === 'sent' &&
    // Open: a day and not done. Rows marked done before v7 still carry the day.
    (row.followUpOn === undefined || row.followUpDone === true)
  )
}

export async function retireAdvised(now: number, keepDays: number): Promise<number> {
  if (!Number.isFinite(keepDays) || keepDays <= 0) return 0
  const before = now - keepDays * DAY_MS
  return db.transaction('rw', db.consultations, async () => {
    const old = await db.consultations.where('savedAt').below(before).toArray()
    const ids = old.filter((row) => canRetireAdvised(row, before)).map((row) => row.id)
    await db.consultations.bulkDelete(ids)
    return ids.length
  })
}
