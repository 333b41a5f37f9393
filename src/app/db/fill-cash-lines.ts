// Fills the cash lines (cash-lines.ts) from the rows already on the phone: once after the upgrade to v6, and
// again whenever the cash screen finds the table out of step with the rows. In normal transactions, a batch
// at a time, in the background: never inside the upgrade, where a failure (a full phone) would stop the
// database from opening, and a phone with unsynced records from syncing.
import { storedCashLineOf } from './cash-lines.ts'
import { db } from './db.ts'
import { deleteSetting, getSetting, setSetting } from './settings.ts'

const BATCH = 500

let running: Promise<void> | undefined

/**
 * Writes every row's cash line (and drops lines without a row), then records `cashLinesComplete`. Each batch reads its rows and writes
 * their lines in one transaction; rows written meanwhile by anyone else get their lines from the
 * middleware in their own transaction, so one full pass leaves the table complete. One pass at a time.
 */
export function fillCashLines(): Promise<void> {
  running ??= (async () => {
    if (await getSetting('cashLinesComplete')) return
    let after = ''
    for (;;) {
      const last = await db.transaction('rw', db.registrations, db.cashLines, async () => {
        const rows = await db.registrations.where('id').above(after).limit(BATCH).toArray()
        const end = rows.at(-1)?.id
        // Lines of rows that are gone (written by code without the middleware) go too.
        const lines =
          end === undefined
            ? db.cashLines.where('id').above(after)
            : db.cashLines.where('id').between(after, end, false, true)
        const kept = new Set(rows.map((r) => r.id))
        await db.cashLines.bulkDelete((await lines.primaryKeys()).filter((id) => !kept.has(id)))
        await db.cashLines.bulkPut(rows.map(storedCashLineOf))
        return end
      })
      if (last === undefined) break
      after = last
    }
    await setSetting('cashLinesComplete', true)
  })().finally(() => {
    running = undefined
  })
  return running
}

/** The table was found out of step (cash screen): trust it no more, and fill it again from the rows. */
export async function refillCashLines(): Promise<void> {
  await running
  await deleteSetting('cashLinesComplete')
  await fillCashLines()
}
