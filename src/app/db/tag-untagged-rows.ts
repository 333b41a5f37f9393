// Rows saved before ID tags existed (id-tags.ts) are tagged after an unlock, in the background.
import { db } from './db.ts'
import { recordIdTags } from './id-tags.ts'
import { openRegistration } from './registrations-repo.ts'
import { getSetting, setSetting } from './settings.ts'

const SWEEP_BATCH = 200

/**
 * Tags the rows saved before tags existed, a batch at a time, each batch opened outside its write
 * transaction; a row is tagged only if it is still the revision that was opened and still untagged (every
 * writer since tags exist tags what it writes). Records `idTagsComplete` when none is left. Returns how
 * many rows it tagged.
 */
export async function tagUntaggedRows(dataKey: CryptoKey): Promise<number> {
  if (await getSetting('idTagsComplete')) return 0
  let tagged = 0
  let after = ''
  for (;;) {
    const batch = await db.registrations
      .where('id')
      .above(after)
      .filter((r) => r.idTags === undefined && r.held === undefined)
      .limit(SWEEP_BATCH)
      .toArray()
    const last = batch.at(-1)
    if (!last) break
    after = last.id
    const tags = await Promise.all(
      batch.map(async (row) => recordIdTags((await openRegistration(row, dataKey)).record, dataKey)),
    )
    await db.transaction('rw', db.registrations, async () => {
      for (const [i, row] of batch.entries()) {
        const current = await db.registrations.get(row.id)
        if (current && current.idTags === undefined && current.revision === row.revision) {
          await db.registrations.update(row.id, { idTags: tags[i] ?? [] })
          tagged += 1
        }
      }
    })
  }
  // Held v1 rows are tagged when sealHeldRows seals them, which runs before this at every unlock.
  if ((await db.registrations.filter((r) => r.held !== undefined).count()) === 0)
    await setSetting('idTagsComplete', true)
  return tagged
}
