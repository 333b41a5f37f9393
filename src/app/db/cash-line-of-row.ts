// The reading half of the clear cash columns that registrations-repo.ts clearColumnsOf writes: the cash
// lines' middleware (cash-lines.ts) and the cash screen's reading of rows without lines use it.
import type { CashLine } from '../../domain/cash/summarize-cash.ts'
import type { StoredRegistration } from './schema.ts'

/**
 * The cash line of a row from its clear columns, or undefined when the record must be opened instead: a
 * voided receipt (its reason is sealed free text), a held v1 row, a row saved before the `cash` column.
 */
export function cashLineOfRow(row: StoredRegistration): CashLine | undefined {
  if (!row.cash || row.cash.voided || row.held) return undefined
  return {
    id: row.id,
    revision: row.revision,
    receiptNo: row.receiptNo,
    amountCollected: row.amount,
    vsiVnd: row.cash.vsiVnd,
    hiVnd: row.cash.hiVnd,
    rejected: row.review?.status === 'rejected',
  }
}
