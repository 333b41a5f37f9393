// The one place the cash screen reads registrations off the device: the cash lines of one event. A kept
// receipt is added up from its clear columns (schema.ts StoredRegistration.cash) without decrypting it;
// only voided receipts (their reason is free text, sealed) and rows saved before those columns existed are
// opened by the device store's repository.
import { useLiveQuery } from 'dexie-react-hooks'
import { Dexie } from 'dexie'
import { cashLineOf, type CashLine } from '../../../domain/cash/summarize-cash.ts'
import { db } from '../../db/db.ts'
import { cashLineOfRow } from '../../db/cash-line-of-row.ts'
import { openRegistrations } from '../../db/registrations-repo.ts'
import type { StoredRegistration } from '../../db/schema.ts'

export function useEventCashLines(eventId: string | undefined): CashLine[] | undefined {
  return useLiveQuery(async () => {
    if (eventId === undefined) return []
    const rows = await db.registrations
      .where('[eventId+savedAt]')
      .between([eventId, Dexie.minKey], [eventId, Dexie.maxKey])
      .toArray()
    return cashLinesOf(rows)
  }, [eventId])
}

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
