import {
  d03Columns,
  d03Rows,
  d05Columns,
  d05Rows,
  type ExportColumn,
  type ExportRow,
  type RuleSet,
} from '../../../domain/index.ts'
import type { AuthUser } from '../../store/auth-user.ts'
import type { Db } from '../../store/db.ts'
import { exportBatches, type ExportFilter } from '../../store/export-batches.ts'
import { listContexts } from '../../store/list-contexts.ts'

export type ListName = 'd05-ts' | 'd03-ts'

export interface ExportSource {
  columns: readonly ExportColumn[]
  /** Rows in batches, `STT` numbered through the whole list. */
  batches: AsyncGenerator<ExportRow[]>
}

/**
 * The rows of a BHXH list built by the domain (`d05Rows` / `d03Rows`) from the database, one batch at a time,
 * with the collector and earlier enrolments of each batch (`listContexts`).
 */
export function exportRowBatches(
  db: Db,
  user: AuthUser,
  list: ListName,
  filter: Omit<ExportFilter, 'scheme'>,
  rules: RuleSet,
): ExportSource {
  const d05 = list === 'd05-ts'
  const scheme = d05 ? 'vsi' : 'hi'
  async function* batches(): AsyncGenerator<ExportRow[]> {
    let stt = 0
    for await (const records of exportBatches(db, user, { ...filter, scheme })) {
      const byId = await listContexts(
        db,
        records.map((r) => r.id),
        scheme,
      )
      const contexts = records.map((r) => byId.get(r.id))
      const rows: ExportRow[] = d05 ? d05Rows(records, rules, contexts) : d03Rows(records, rules, contexts)
      // The domain numbers each call from 1; the list numbers straight through.
      yield rows.map((row) => ({ ...row, STT: ++stt }))
    }
  }
  return { columns: d05 ? d05Columns : d03Columns, batches: batches() }
}
