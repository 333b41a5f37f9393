// Signing out on a shared phone removes the personal data of the synced registrations. It is refused
// while anything is still waiting in the outbox: that would lose money already collected.
import { db } from '../../db/db.ts'

export type SignOutResult = { ok: true } | { ok: false; waiting: number }

export async function signOut(): Promise<SignOutResult> {
  return db.transaction('rw', [db.outbox, db.registrations, db.drafts, db.settings], async () => {
    const waiting = await db.outbox.count()
    if (waiting > 0) return { ok: false, waiting }
    await db.registrations.clear()
    await db.drafts.clear()
    // The device id and receipt counter stay: receipt numbers must never repeat on this device.
    await db.settings.bulkDelete(['session', 'pullCursor'])
    return { ok: true } as const
  })
}
