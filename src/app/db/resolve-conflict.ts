// A revision the server answered `conflict` stays on the phone, held in the outbox (apply-push-results.ts):
// the server holds something else under that id (another phone of the same collector corrected it too).
// The collector resolves it here, on purpose, one of three ways; until then it counts as unsynced.
import type { Registration } from '../../domain/registration/registration-schema.ts'
import type { Review } from '../../domain/api/sync.ts'
import { requireDataKey } from './data-key.ts'
import { db } from './db.ts'
import { sealRegistration } from './registrations-repo.ts'
import { saveRegistration } from './save-registration.ts'
import type { LocalRegistration } from './schema.ts'

/** Keep mine: the phone's content as the revision after the server's, pushed like any correction. */
export async function keepMine(mine: Registration, serverRevision: number): Promise<void> {
  const local = await db.registrations.get(mine.id)
  const after = Math.max(serverRevision, local?.revision ?? 0)
  // Saved over the held revision: the outbox entry is replaced by this one, which is sent as usual.
  await saveRegistration({ ...mine, revision: after + 1 }, { afterServerRevision: serverRevision })
}

/**
 * Take the server's copy: the phone's record becomes the server's revision (acknowledged, nothing to
 * push) and the held revision leaves the outbox — the collector chose to let it go.
 */
export async function takeServers(
  server: Registration,
  serverRevision: number,
  review: Review,
): Promise<void> {
  const key = requireDataKey()
  const row = await db.registrations.get(server.id)
  const local: LocalRegistration = {
    id: server.id,
    revision: serverRevision,
    record: { ...server, revision: serverRevision },
    syncState: 'sent',
    ackedRevision: serverRevision,
    savedAt: row?.savedAt ?? Date.now(),
    review,
  }
  const sealed = await sealRegistration(local, key)
  await db.transaction('rw', db.registrations, db.outbox, async () => {
    await db.registrations.put(sealed)
    await db.outbox.delete(server.id)
  })
}

/**
 * Discard mine when the server has nothing of this registration for this collector (its id belongs to
 * someone else): the held revision leaves the outbox; the record stays on the phone for its receipt.
 */
export async function discardHeld(id: string): Promise<void> {
  await db.transaction('rw', db.registrations, db.outbox, async () => {
    await db.outbox.delete(id)
    await db.registrations.update(id, { syncState: 'sent' })
  })
}
