// The one place the cash screen reads registrations off the device. The figures of one event come from its
// totals row and its few listed lines (cash-lines.ts), without reading or decrypting the records; only
// voided receipts (their reason is free text, sealed), held v1 rows and rows saved before the clear cash
// columns existed are opened by the device store's repository. The list of every receipt number is read
// only when asked for (the list opened, the hand-over sent).
import { useLiveQuery } from 'dexie-react-hooks'
import { Dexie } from 'dexie'
import {
  byIssueOrder,
  cashFiguresOf,
  cashLineOf,
  NO_CASH_TOTALS,
  type CashFigures,
  type CashLine,
  type CashTotals,
} from '../../../domain/cash/summarize-cash.ts'
import { db } from '../../db/db.ts'
import { cashLineOfRow } from '../../db/cash-line-of-row.ts'
import { openRegistrations } from '../../db/registrations-repo.ts'
import { getSetting } from '../../db/settings.ts'
import type { StoredRegistration } from '../../db/schema.ts'

/**
 * The figures drawn at once from the event's totals, then the same figures checked against the count of the
 * event's rows, which replace them if they differ. Counting is the one step that grows with the event (~110
 * ms of the database's own time for 20,000 receipts, more than the rest of the screen): the collector no
 * longer waits for it (#15). They differ only after a build without the cash tables wrote to the database.
 * The hand-over reads its receipt numbers checked, whatever is drawn (eventReceiptNos).
 */
export function useEventCashFigures(eventId: string | undefined): CashFigures | undefined {
  // Each answer says which event it is for: a query answers an event picked before while the new one runs.
  const figuresOf = async (countRows: boolean) => ({
    eventId,
    figures:
      eventId === undefined
        ? cashFiguresOf(NO_CASH_TOTALS, [])
        : await eventCashFigures(eventId, { countRows }),
  })
  const quick = useLiveQuery(() => figuresOf(false), [eventId])
  // Started once the quick figures are in: the database answers one request at a time, and a count begun
  // beside them would hold their reads behind it.
  const quickIn = quick !== undefined && quick.eventId === eventId
  const checked = useLiveQuery(async () => (quickIn ? figuresOf(true) : undefined), [eventId, quickIn])
  if (checked && checked.eventId === eventId) return checked.figures
  return quick && quick.eventId === eventId ? quick.figures : undefined
}

const rowsOfEvent = (eventId: string) =>
  db.registrations.where('[eventId+savedAt]').between([eventId, Dexie.minKey], [eventId, Dexie.maxKey])

/**
 * Whether the cash tables can be trusted for this event: filled (fill-cash-lines.ts) and holding as many
 * lines as the event has registrations. Read inside the caller's transaction.
 */
async function inStep(
  eventId: string,
  countRows = true,
): Promise<{ totals: CashTotals } | 'fill once' | 'fill again'> {
  if (!(await getSetting('cashLinesComplete'))) return 'fill once'
  const totals = (await db.cashTotals.get(eventId)) ?? NO_CASH_TOTALS
  if (!countRows) return { totals }
  return totals.lines === (await rowsOfEvent(eventId).count()) ? { totals } : 'fill again'
}

/**
 * The cash figures of one event, read in one snapshot of the tables; the few records to open are decrypted
 * after it (no WebCrypto inside an IndexedDB transaction). Until every row has its line, or when the totals
 * are found out of step with the rows, the rows are read instead, and the lines filled in the background.
 */
export async function eventCashFigures(
  eventId: string,
  { countRows = true }: { countRows?: boolean } = {},
): Promise<CashFigures> {
  const read = await db.transaction(
    'r',
    [db.cashLines, db.cashTotals, db.registrations, db.settings],
    async () => {
      const step = await inStep(eventId, countRows)
      if (typeof step === 'string')
        return { step, totals: NO_CASH_TOTALS, lines: [], toOpen: await rowsOfEvent(eventId).toArray() }
      const lines: CashLine[] = []
      const ids: string[] = []
      for (const line of await db.cashLines.where('[eventId+listed]').equals([eventId, 1]).toArray()) {
        if (line.open) ids.push(line.id)
        else lines.push(line)
      }
      const toOpen = ids.length ? (await db.registrations.bulkGet(ids)).filter((r) => r !== undefined) : []
      return { step, totals: step.totals, lines, toOpen }
    },
  )
  if (typeof read.step === 'string') fillLater(read.step)
  const listed = read.toOpen.length ? [...read.lines, ...(await cashLinesOf(read.toOpen))] : read.lines
  return cashFiguresOf(read.totals, listed)
}

/** Every receipt number written at the event, voided ones included, in issue order. */
export async function eventReceiptNos(eventId: string): Promise<string[]> {
  const nos = await db.transaction(
    'r',
    [db.cashLines, db.cashTotals, db.registrations, db.settings],
    async () =>
      typeof (await inStep(eventId)) === 'string'
        ? (await rowsOfEvent(eventId).toArray()).map((r) => r.receiptNo)
        : (await db.cashLines.where('eventId').equals(eventId).toArray()).map((l) => l.receiptNo),
  )
  return nos.filter((n) => n !== null).sort(byIssueOrder)
}

function fillLater(how: 'fill once' | 'fill again'): void {
  // Outside the live query's zone: it only reads.
  setTimeout(() => {
    fill(how).catch((e: unknown) => {
      console.warn('Filling the cash lines stopped:', e instanceof Error ? e.name : 'error')
    })
  }, 0)
}

/** Filled again at most once per page load: a table that stays out of step must not loop. */
let filledAgain = false

async function fill(how: 'fill once' | 'fill again'): Promise<void> {
  const { fillCashLines, refillCashLines } = await import('../../db/fill-cash-lines.ts')
  if (how === 'fill once') return fillCashLines()
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
