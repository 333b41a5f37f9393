// The one place the cash screen reads registrations off the device: the cash lines of one event, from the
// small `cashLines` table (cash-lines.ts) without reading or decrypting the records; only voided receipts
// (their reason is free text, sealed), held v1 rows and rows saved before the clear cash columns existed are
// opened by the device store's repository.
import { useLiveQuery } from 'dexie-react-hooks'
import { Dexie } from 'dexie'
import { cashLineOf, type CashLine } from '../../../domain/cash/summarize-cash.ts'
import { db } from '../../db/db.ts'
import { cashLineOfRow } from '../../db/cash-line-of-row.ts'
import { openRegistrations } from '../../db/registrations-repo.ts'
import { getSetting } from '../../db/settings.ts'
import type { StoredRegistration } from '../../db/schema.ts'

export function useEventCashLines(eventId: string | undefined): CashLine[] | undefined {
  return useLiveQuery(async () => (eventId === undefined ? [] : eventCashLines(eventId)), [eventId])
}

/**
 * The cash lines of one event. Both tables are read in one snapshot; the few records to open are decrypted
 * after it (no WebCrypto inside an IndexedDB transaction). Until every row has its line, or when the lines
 * are found out of step with the rows (another count than the event's rows), the rows are read instead,
 * and the lines filled again in the background.
 */
export async function eventCashLines(eventId: string): Promise<CashLine[]> {
  const lines: CashLine[] = []
  const read = await db.transaction('r', db.cashLines, db.registrations, db.settings, async () => {
    const rowsOfEvent = db.registrations
      .where('[eventId+savedAt]')
      .between([eventId, Dexie.minKey], [eventId, Dexie.maxKey])
    const stored = (await getSetting('cashLinesComplete'))
      ? await db.cashLines.where('eventId').equals(eventId).toArray()
      : undefined
    if (!stored || stored.length !== (await rowsOfEvent.count())) {
      return { toOpen: await rowsOfEvent.toArray(), fill: stored ? ('again' as const) : ('once' as const) }
    }
    const ids: string[] = []
    for (const s of stored) {
      if (s.open) ids.push(s.id)
      else lines.push(s)
    }
    const toOpen = ids.length ? (await db.registrations.bulkGet(ids)).filter((r) => r !== undefined) : []
    return { toOpen, fill: undefined }
  })
  // Outside the live query's zone: it only reads.
  const how = read.fill
  if (how)
    setTimeout(() => {
      fill(how).catch((e: unknown) => {
        console.warn('Filling the cash lines stopped:', e instanceof Error ? e.name : 'error')
      })
    }, 0)
  return read.toOpen.length ? [...lines, ...(await cashLinesOf(read.toOpen))] : lines
}

/** Filled again at most once per page load: a table that stays out of step must not loop. */
let filledAgain = false

async function fill(how: 'once' | 'again'): Promise<void> {
  const { fillCashLines, refillCashLines } = await import('../../db/fill-cash-lines.ts')
  if (how === 'once') return fillCashLines()
  if (filledAgain) return
  filledAgain = true
  return refillCashLines()
}

/** The cash lines of these rows: from their clear columns where they can be, else by opening the record. */
export async function cashLinesOf(rows: readonly StoredRegistration[]): Promise<CashLine[]> {
  const lines: CashLine[] = []
  const toOpen: StoredRegistration[] = []
  for (const row of rows) {
    const line = cashLineOfRow(row)
    if (line) lines.push(line)
    else toOpen.push(row)
  }
  if (toOpen.length === 0) return lines
  for (const r of await openRegistrations(toOpen)) {
    lines.push(cashLineOf(r.record, { rejected: r.review?.status === 'rejected' }))
  }
  return lines
}
