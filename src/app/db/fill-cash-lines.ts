// Fills the cash lines and totals (cash-lines.ts) from the rows already on the phone: once after the upgrade to v6, and
// again whenever the cash screen finds the table out of step with the rows. In normal transactions, a batch
// at a time, in the background: never inside the upgrade, where a failure (a full phone) would stop the
// database from opening, and a phone with unsynced records from syncing.
import { movedTotals, storedCashLineOf, type StoredCashLine } from './cash-lines.ts'
import { db } from './db.ts'
import { deleteSetting, getSetting, setSetting } from './settings.ts'

const BATCH = 500

let running: Promise<void> | undefined

/**
 * Writes every row's cash line (and drops lines without a row), then every event's totals from the lines,
 * and records `cashLinesComplete`. Each batch reads its rows and writes
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
    // The totals from every line, in one transaction with the mark: writes before it moved totals the fill
    // had not made yet, writes after it move these.
    await db.transaction('rw', db.cashLines, db.cashTotals, db.settings, async () => {
      const moves: [StoredCashLine, 1][] = []
      await db.cashLines.each((line) => void moves.push([line, 1]))
      await db.cashTotals.clear()
      await db.cashTotals.bulkPut(movedTotals(new Map(), moves))
      await setSetting('cashLinesComplete', true)
    })
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
