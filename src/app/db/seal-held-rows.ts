// At the first unlock after the v2 upgrade, seals the plaintext rows the upgrade could only set aside
// (`held`, schema.ts). Sealing happens before the write transaction (see save-registration.ts for why);
// inside it a row is replaced only if it is still the held one we sealed. Held rows come only from that
// upgrade, so once a sweep has sealed them all it is never run again (`heldRowsSealed`): an unlock does not
// read every registration on a phone that has thousands.
import { db } from './db.ts'
import { draftContext } from './drafts.ts'
import { openRegistration, sealRegistration } from './registrations-repo.ts'
import { seal } from './sealed-box.ts'
import { getSetting, setSetting } from './settings.ts'
import type { Draft, StoredRegistration } from './schema.ts'

export async function sealHeldRows(key: CryptoKey): Promise<number> {
  if (await getSetting('heldRowsSealed')) return 0
  const rows = await db.registrations.filter((r) => r.held !== undefined).toArray()
  const drafts = await db.drafts.filter((d) => d.held !== undefined).toArray()
  if (rows.length === 0 && drafts.length === 0) {
    await setSetting('heldRowsSealed', true)
    return 0
  }
  const sealedRows: StoredRegistration[] = []
  for (const row of rows) sealedRows.push(await sealRegistration(await openRegistration(row, key), key))
  const sealedDrafts: Draft[] = []
  for (const d of drafts)
    sealedDrafts.push({
      key: d.key,
      savedAt: d.savedAt,
      sealed: await seal(key, d.held, draftContext(d.key)),
    })
  await db.transaction('rw', db.registrations, db.drafts, db.settings, async () => {
    for (const row of sealedRows) {
      const current = await db.registrations.get(row.id)
      if (current?.held && current.revision === row.revision) await db.registrations.put(row)
    }
    for (const d of sealedDrafts) {
      const current = await db.drafts.get(d.key)
      if (current?.held !== undefined && current.savedAt === d.savedAt) await db.drafts.put(d)
    }
    // Any held row not replaced here was saved again meanwhile, and saves seal: none is left.
    await setSetting('heldRowsSealed', true)
  })
  return sealedRows.length + sealedDrafts.length
}
