// Writes the backup file's text: the registrations the server does not have yet (or all of them), the
// receipt counter and who made it, sealed under a passphrase (backup-file.ts). The caller downloads it
// and then records what it holds (noteBackupWritten), which is what lets sign-out go ahead.
import { PBKDF2_ITERATIONS } from '../../db/derive-aes-key.ts'
import { db } from '../../db/db.ts'
import { listRegistrations } from '../../db/registrations-repo.ts'
import { openConsultation } from '../../db/consultations-repo.ts'
import { requireDataKey } from '../../db/data-key.ts'
import { CONSULTATION_PAIR_PREFIX } from '../../db/sign-out.ts'
import { getSetting, setSetting, type SessionUser } from '../../db/settings.ts'
import { BACKUP_EXTENSION, type BackupPayload } from './backup-file.ts'
import { sealBackup } from './seal-backup.ts'

export type BackupScope = 'unsynced' | 'all'

export interface BackupOptions {
  passphrase: string
  scope: BackupScope
  user: Pick<SessionUser, 'id' | 'username'>
  iterations?: number
  now?: Date
}

export interface BackupFile {
  text: string
  fileName: string
  count: number
  /** `<id>@<revision>` of every registration in the file, `consultation:<id>@1` of every consultation. */
  pairs: string[]
}

export async function exportBackup({
  passphrase,
  scope,
  user,
  iterations = PBKDF2_ITERATIONS,
  now = new Date(),
}: BackupOptions): Promise<BackupFile> {
  const device = await getSetting('device')
  if (!device) throw new Error('Device not registered')
  const queued = new Set((await db.outbox.toArray()).map((e) => e.id))
  const all = await listRegistrations()
  // Unsynced: waiting in the outbox, or a revision the server has not acknowledged (rejected, conflict).
  const chosen = scope === 'all' ? all : all.filter((r) => queued.has(r.id) || r.ackedRevision < r.revision)
  const advisedRows = await db.consultations.toArray()
  const advised = scope === 'all' ? advisedRows : advisedRows.filter((c) => c.syncState !== 'sent')
  const dataKey = requireDataKey()
  const consultations = await Promise.all(
    advised.map(async (row) => (await openConsultation(row, dataKey)).record),
  )
  const payload: BackupPayload = {
    user: { id: user.id, username: user.username },
    deviceId: device.deviceId,
    receiptPrefix: device.receiptPrefix,
    receiptSeq: (await getSetting('receiptSeq')) ?? 0,
    createdAt: now.toISOString(),
    registrations: chosen.map((r) => ({ ...r, queued: queued.has(r.id) })),
    ...(consultations.length > 0 ? { consultations } : {}),
  }

  const envelope = await sealBackup(payload, passphrase, iterations, now)
  return {
    text: JSON.stringify(envelope, null, 1),
    fileName: `ghidanh-${user.username}-${stamp(now)}${BACKUP_EXTENSION}`,
    count: chosen.length + consultations.length,
    pairs: [
      ...chosen.map((r) => `${r.id}@${r.revision}`),
      ...consultations.map((c) => `${CONSULTATION_PAIR_PREFIX}${c.id}@1`),
    ],
  }
}

export async function noteBackupWritten(file: Pick<BackupFile, 'pairs'>, at = Date.now()): Promise<void> {
  await setSetting('lastBackup', { at, pairs: file.pairs })
}

/** 20250915-0930 in the phone's local time: sorts, and reads as a date to field staff. */
function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`
}
