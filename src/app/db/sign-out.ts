// Signing out on a shared phone removes the personal data on it and the PIN's keyring (the next person
// sets their own). Refused while registrations wait in the outbox — that would lose money already
// collected — unless every waiting revision is in the last backup file written (backup, settings).
import { lockNow } from './data-key.ts'
import { db } from './db.ts'
import type { LastBackup } from './settings.ts'

export type SignOutResult = { ok: true } | { ok: false; waiting: number; backedUp: false }

export interface SignOutOptions {
  /** The user confirmed signing out with unsynced registrations that are in the last backup. */
  allowBackedUp?: boolean
}

/** How a consultation is named among the backup's `<id>@<revision>` pairs. */
export const CONSULTATION_PAIR_PREFIX = 'consultation:'

export async function signOut({ allowBackedUp = false }: SignOutOptions = {}): Promise<SignOutResult> {
  const result = await db.transaction(
    'rw',
    [db.outbox, db.registrations, db.drafts, db.settings, db.consultations, db.insured],
    async (): Promise<SignOutResult> => {
      const waiting = await db.outbox.toArray()
      // People advised the server does not have count as unsynced too; a backup file carries them.
      const advised = (await db.consultations.where('syncState').anyOf('waiting', 'rejected').toArray()).map(
        (c) => ({ id: `${CONSULTATION_PAIR_PREFIX}${c.id}`, revision: 1 }),
      )
      const unsynced = [...waiting, ...advised]
      if (unsynced.length > 0) {
        const backup = (await db.settings.get('lastBackup'))?.value as LastBackup | undefined
        if (!allowBackedUp || !coversAll(backup, unsynced))
          return { ok: false, waiting: unsynced.length, backedUp: false }
      }
      await db.registrations.clear()
      await db.outbox.clear()
      await db.drafts.clear()
      await db.consultations.clear()
      // The agency's list of the team's communes: thousands of citizens who never came to this phone.
      await db.insured.clear()
      await db.settings.where('key').startsWith('insured:').delete()
      // The device id and receipt counter stay: receipt numbers must never repeat on this device.
      // The ID tags' key is sealed with the data key that goes with the keyring.
      await db.settings.bulkDelete([
        'session',
        'pullCursor',
        'keyring',
        'pinAttempts',
        'lastBackup',
        'idTagKey',
      ])
      return { ok: true }
    },
  )
  if (result.ok) lockNow()
  return result
}

/** Whether the last backup holds every waiting revision (or a later one of it). */
export function coversAll(
  backup: LastBackup | undefined,
  waiting: readonly { id: string; revision: number }[],
): boolean {
  if (!backup) return false
  const newest = new Map<string, number>()
  for (const pair of backup.pairs) {
    const at = pair.lastIndexOf('@')
    const id = pair.slice(0, at)
    newest.set(id, Math.max(newest.get(id) ?? 0, Number(pair.slice(at + 1))))
  }
  return waiting.every((e) => (newest.get(e.id) ?? 0) >= e.revision)
}

/** How many outbox entries the last backup does not cover: the settings screen's hint. */
export async function countNotBackedUp(): Promise<number> {
  const advised = (await db.consultations.where('syncState').anyOf('waiting', 'rejected').toArray()).map(
    (c) => ({
      id: `${CONSULTATION_PAIR_PREFIX}${c.id}`,
      revision: 1,
    }),
  )
  const waiting = [...(await db.outbox.toArray()), ...advised]
  const backup = (await db.settings.get('lastBackup'))?.value as LastBackup | undefined
  if (!backup) return waiting.length
  return waiting.filter((e) => !coversAll(backup, [e])).length
}
