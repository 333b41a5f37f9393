import { formatDateVi } from '../format/format-date-vi.ts'
import type { ExportCell, ExportColumn, ExportRow } from './export-column.ts'

export interface CsvOptions {
  /** First line: Vietnamese labels (default, for people opening it in Excel) or the XML field codes. */
  headerRow?: 'header' | 'key' | undefined
}

/**
 * RFC 4180 CSV: CRLF line ends, fields with `"`, `,`, CR or LF quoted, `"` doubled. Prefixed with a UTF-8
 * BOM because Excel on Windows otherwise reads Vietnamese as mojibake. Text cells that a spreadsheet would
 * run as a formula (starting with = + - @ tab CR) get a leading apostrophe. Date cells are written dd/mm/yyyy.
 */
export function toCsv<K extends string>(
  columns: readonly ExportColumn<K>[],
  rows: readonly ExportRow<K>[],
  options: CsvOptions = {},
): string {
  const head = columns.map((c) => field(options.headerRow === 'key' ? c.key : c.header))
  const body = rows.map((row) => columns.map((c) => field(cellText(row[c.key], c))))
  return '\uFEFF' + [head, ...body].map((line) => line.join(',') + '\r\n').join('')
}

function cellText(value: ExportCell, column: ExportColumn): string {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  if (column.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDateVi(value)
  // Only text is guarded: a negative number is data, not a formula.
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
