// The one place the cash screen reads registrations off the device: the cash lines of one event, from the
// small `cashLines` table (cash-lines.ts) without reading or decrypting the records; only voided receipts
// (their reason is free text, sealed), held v1 rows and rows saved before the clear cash columns existed are
// opened by the device store's repository.
import { useLiveQuery } from 'dexie-react-hooks'
import { cashLineOf, type CashLine } from '../../../domain/cash/summarize-cash.ts'
import { db } from '../../db/db.ts'
import { cashLineOfRow } from '../../db/cash-line-of-row.ts'
import { openRegistrations } from '../../db/registrations-repo.ts'
import type { StoredRegistration } from '../../db/schema.ts'

export function useEventCashLines(eventId: string | undefined): CashLine[] | undefined {
  return useLiveQuery(async () => (eventId === undefined ? [] : eventCashLines(eventId)), [eventId])
}

/**
 * The cash lines of one event. Both tables are read in one snapshot; the few records to open are decrypted
 * after it (no WebCrypto inside an IndexedDB transaction).
 */
export async function eventCashLines(eventId: string): Promise<CashLine[]> {
  const lines: CashLine[] = []
  const toOpen = await db.transaction('r', db.cashLines, db.registrations, async () => {
    const ids: string[] = []
    for (const s of await db.cashLines.where('eventId').equals(eventId).toArray()) {
      if (s.open) ids.push(s.id)
      else lines.push(s)
    }
    return ids.length ? (await db.registrations.bulkGet(ids)).filter((r) => r !== undefined) : []
  })
  return toOpen.length ? [...lines, ...(await cashLinesOf(toOpen))] : lines
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
