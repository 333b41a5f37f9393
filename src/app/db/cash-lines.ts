// The cash screen's own tables (schema v6), so that an event of 20,000 receipts draws its cash summary from
// one row instead of 20,000 sealed registrations (IndexedDB copies every byte of every row it reads):
// - `cashLines`: one small clear row per registration with what the cash summary adds up;
// - `cashTotals`: per event, the sums of its plain lines (CashTotals, summarize-cash.ts). The few lines the
//   summary lists one by one (voided, owed back) are found by the `[eventId+listed]` index.
//
// Nobody writes them by hand. A DBCore middleware adds both to every read-write transaction that touches
// `registrations` and writes them in the same transaction as each registration write, whatever the path
// (save, sync results, reviews pulled, backup import, retirement, sign-out, an upgrade): the three tables
// commit or fail together. Rows from before v6 get their lines and totals from fill-cash-lines.ts after the
// upgrade; until it has finished, and whenever the cash screen finds the totals out of step with the rows
// (code without this middleware wrote to the database: a build rolled back past v6), the cash screen reads
// the rows instead. That check counts: a build from before v6 that added or removed rows is caught, one that
// only changed rows in place (a void, a review pulled) is not. Never roll the app back past v6.
import type { DBCore, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie'
import { cashLineOfRow } from './cash-line-of-row.ts'
import type { StoredRegistration } from './schema.ts'
import {
  addCashLine,
  isListedCashLine,
  NO_CASH_TOTALS,
  type CashLine,
  type CashTotals,
} from '../../domain/cash/summarize-cash.ts'

/**
 * The cash line of one registration, as stored: the figures of CashLine from the row's clear columns, or
 * `open` when the record itself must be opened (a voided receipt, whose reason is sealed free text; a held
 * v1 row; a row saved before the clear cash columns existed). `listed` (indexed with the event): the
 * summary lists this line by itself, or must open it. Every line carries the row's clear receipt number.
 */
export type StoredCashLine =
  | { id: string; eventId: string; open: true; listed: 1; receiptNo: string | null }
  | (CashLine & { eventId: string; open: false; listed: 0 | 1 })

/** An event's totals, as stored. */
export type StoredCashTotals = CashTotals & { eventId: string }

const CASH_LINES = 'cashLines'
const CASH_TOTALS = 'cashTotals'
const REGISTRATIONS = 'registrations'

export function storedCashLineOf(row: StoredRegistration): StoredCashLine {
  const line = cashLineOfRow(row)
  if (!line) return { id: row.id, eventId: row.eventId, open: true, listed: 1, receiptNo: row.receiptNo }
  return { ...line, eventId: row.eventId, open: false, listed: isListedCashLine(line) ? 1 : 0 }
}

/** What a stored line adds to its event's totals: a line still to be opened counts as a line only. */
function figuresOf(line: StoredCashLine): CashLine | undefined {
  return line.open ? undefined : line
}

/** Totals moved by lines going (-1) and coming (+1), per event, starting from what `stored` holds. */
export function movedTotals(
  stored: ReadonlyMap<string, CashTotals>,
  moves: readonly (readonly [StoredCashLine, 1 | -1])[],
): StoredCashTotals[] {
  const totals = new Map<string, CashTotals>()
  for (const [line, sign] of moves) {
    // A held v1 row without an event (its record lacked one) has a line, and no event to total it under.
    if (typeof line.eventId !== 'string') continue
    const before = totals.get(line.eventId) ?? stored.get(line.eventId) ?? NO_CASH_TOTALS
    totals.set(line.eventId, addCashLine(before, figuresOf(line), sign))
  }
  return [...totals].map(([eventId, t]) => ({ ...t, eventId }))
}

/**
 * Whether this transaction can write cash lines. An upgrade from a version before v6 runs the older
 * versions' upgrade functions first, in one version-change transaction, before the tables exist: those
 * writes are skipped here, and fill-cash-lines.ts gives those rows their lines after the database opens.
 */
function hasCashLines(trans: DBCoreTransaction): boolean {
  const names = (trans as Partial<IDBTransaction>).objectStoreNames
  return names === undefined || names.contains(CASH_LINES)
}

function throwFailure(res: { numFailures: number; failures: Record<number, Error> }): void {
  if (res.numFailures > 0) throw Object.values(res.failures)[0]
}

/**
 * After a registrations write: the lines it replaces or removes, read back; the event totals moved by them
 * and by the new lines; then the totals and the lines written. The reads go out together, and so do the
 * writes (a save is a few requests more, not a few round trips more); each step is chained on a DBCore
 * promise, as Dexie's own middlewares do, so it runs in the same transaction zone.
 */
function followWrite(
  down: DBCore,
  req: Parameters<DBCoreTable['mutate']>[0],
  failed: (i: number) => boolean,
): Promise<void> {
  const trans = req.trans
  const lines = down.table(CASH_LINES)
  const totals = down.table(CASH_TOTALS)
  const readTotals = (keys: string[]) =>
    totals
      .getMany({ trans, keys })
      .then((rows: (StoredCashTotals | undefined)[]) => rows.filter((r) => r !== undefined))
  if (req.type === 'deleteRange' && req.range.type === ANY_RANGE) {
    // Sign-out's clear: nothing to read back.
    const linesCleared = lines.mutate({ type: 'deleteRange', trans, range: req.range })
    const totalsCleared = totals.mutate({ type: 'deleteRange', trans, range: req.range })
    return linesCleared.then((l) => totalsCleared.then((t) => [l, t].forEach(throwFailure)))
  }
  // One line per id, the last value winning, as IndexedDB stores them; each key once.
  const fresh =
    req.type === 'add' || req.type === 'put'
      ? [
          ...new Map(
            (req.values as StoredRegistration[])
              .filter((_, i) => !failed(i))
              .map((row) => [row.id, storedCashLineOf(row)]),
          ).values(),
        ]
      : []
  const replaced: Promise<StoredCashLine[]> =
    req.type === 'deleteRange'
      ? lines
          .query({ trans, query: { index: lines.schema.primaryKey, range: req.range }, values: true })
          .then((res) => res.result as StoredCashLine[])
      : lines
          .getMany({ trans, keys: req.type === 'delete' ? [...new Set(req.keys)] : fresh.map((l) => l.id) })
          .then((found: (StoredCashLine | undefined)[]) => found.filter((l) => l !== undefined))
  // The events of the new lines are known now; those of the lines replaced, almost always the same ones.
  const freshEvents = eventsOf(fresh)
  const known = readTotals(freshEvents)
  return replaced.then((old) =>
    known.then((stored) => {
      const moves = [...old.map((l) => [l, -1] as const), ...fresh.map((l) => [l, 1] as const)]
      if (moves.length === 0) return
      const others = eventsOf(old).filter((e) => !freshEvents.includes(e))
      return (others.length ? readTotals(others) : known.then(() => [])).then((more) => {
        const byEvent = new Map([...stored, ...more].map((t) => [t.eventId, t]))
        const totalsWritten = totals.mutate({ type: 'put', trans, values: movedTotals(byEvent, moves) })
        const linesWritten =
          req.type === 'deleteRange'
            ? lines.mutate({ type: 'deleteRange', trans, range: req.range })
            : req.type === 'delete'
              ? lines.mutate({ type: 'delete', trans, keys: [...new Set(req.keys)] })
              : lines.mutate({ type: 'put', trans, values: fresh })
        return totalsWritten.then((t) =>
          linesWritten.then((l) => {
            throwFailure(t)
            throwFailure(l)
          }),
        )
      })
    }),
  )
}

/** The events lines are totalled under (held v1 rows without one are not). */
function eventsOf(lines: readonly StoredCashLine[]): string[] {
  return [...new Set(lines.map((l) => l.eventId).filter((e) => typeof e === 'string'))]
}

/** DBCoreRangeType.Any (a const enum in Dexie's types): every key. */
const ANY_RANGE = 3

/**
 * The follow-up of each transaction's last registrations write: the next one waits for it, so two writes
 * in flight at once in one transaction (Promise.all) never both read the totals before either wrote them.
 */
const following = new WeakMap<DBCoreTransaction, Promise<void>>()

export const cashLinesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'cashLines',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' && stores.includes(REGISTRATIONS)
          ? [...new Set([...stores, CASH_LINES, CASH_TOTALS])]
          : stores,
        mode,
        options,
      ),
    table: (name) => {
      const table = down.table(name)
      if (name !== REGISTRATIONS) return table
      return {
        ...table,
        mutate: (req) =>
          table.mutate(req).then((result) => {
            if (!hasCashLines(req.trans)) return result
            const follow = () => followWrite(down, req, (i) => i in result.failures)
            const before = following.get(req.trans)
            const done = before ? before.then(follow, follow) : follow()
            following.set(req.trans, done)
            return done.then(() => result)
          }),
      }
    },
  }),
}
