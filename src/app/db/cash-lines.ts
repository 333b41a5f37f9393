// The `cashLines` table (schema v6): one small clear row per registration with what the cash summary adds
// up, so the cash screen of an event of 20,000 receipts reads 20,000 rows of a few numbers instead of
// 20,000 whole rows with their sealed records (IndexedDB copies every byte of a row it reads).
//
// Nobody writes it by hand. A DBCore middleware adds it to every read-write transaction that touches
// `registrations` and writes it in the same transaction as each registration write, whatever the path
// (save, sync results, reviews pulled, backup import, retirement, sign-out, an upgrade): the two tables
// commit or fail together. Rows from before v6 get their lines from fill-cash-lines.ts after the upgrade;
// until it has finished, and whenever the cash screen finds the table out of step with the rows (code
// without this middleware wrote to the database: a build rolled back past v6), the cash screen reads the
// rows instead.
import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie'
import { cashLineOfRow } from './cash-line-of-row.ts'
import type { StoredRegistration } from './schema.ts'
import type { CashLine } from '../../domain/cash/summarize-cash.ts'

/**
 * The cash line of one registration, as stored: the figures of CashLine (summarize-cash.ts) from the row's
 * clear columns, or `open` when the record itself must be opened (a voided receipt, whose reason is sealed
 * free text; a held v1 row; a row saved before the clear cash columns existed).
 */
export type StoredCashLine =
  { id: string; eventId: string; open: true } | (CashLine & { eventId: string; open: false })

export const CASH_LINES = 'cashLines'
const REGISTRATIONS = 'registrations'

export function storedCashLineOf(row: StoredRegistration): StoredCashLine {
  const line = cashLineOfRow(row)
  return line
    ? { ...line, eventId: row.eventId, open: false }
    : { id: row.id, eventId: row.eventId, open: true }
}

/**
 * Whether this transaction can write cash lines. An upgrade from a version before v6 runs the older
 * versions' upgrade functions first, in one version-change transaction, before the table exists: those
 * writes are skipped here, and fill-cash-lines.ts gives those rows their lines after the database opens.
 */
function hasCashLines(trans: DBCoreTransaction): boolean {
  const names = (trans as Partial<IDBTransaction>).objectStoreNames
  return names === undefined || names.contains(CASH_LINES)
}

/** The cash-lines write that mirrors a registrations write, leaving out what failed there. */
function mirror(req: DBCoreMutateRequest, failed: (i: number) => boolean): DBCoreMutateRequest | undefined {
  switch (req.type) {
    case 'add':
    case 'put': {
      const rows = (req.values as StoredRegistration[]).filter((_, i) => !failed(i))
      return rows.length ? { type: 'put', trans: req.trans, values: rows.map(storedCashLineOf) } : undefined
    }
    // A delete does not fail on a missing key: the same keys, or the same range, go from both tables.
    case 'delete':
      return { type: 'delete', trans: req.trans, keys: req.keys }
    case 'deleteRange':
      return { type: 'deleteRange', trans: req.trans, range: req.range }
  }
}

export const cashLinesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'cashLines',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' && stores.includes(REGISTRATIONS) && !stores.includes(CASH_LINES)
          ? [...stores, CASH_LINES]
          : stores,
        mode,
        options,
      ),
    table: (name) => {
      const table = down.table(name)
      if (name !== REGISTRATIONS) return table
      return {
        ...table,
        // Chained on the DBCore promise, as Dexie's own middlewares do, so the second write runs in the
        // same transaction zone as the first.
        mutate: (req) =>
          table.mutate(req).then((result) => {
            const copy = hasCashLines(req.trans) ? mirror(req, (i) => i in result.failures) : undefined
            if (!copy) return result
            return down
              .table(CASH_LINES)
              .mutate(copy)
              .then((written) => {
                if (written.numFailures > 0) throw Object.values(written.failures)[0]
                return result
              })
          }),
      }
    },
  }),
}
