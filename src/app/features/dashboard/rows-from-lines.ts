import type { ExportFormat } from './download-export.ts'

// Lines that are not data rows, before and after them: the CSV's header line; the XML's declaration, root,
// `ThongTinKhac` and `NoiDung` lines, then the two closing ones (src/domain/export/to-declaration-xml.ts
// writes one `LaoDong` per line and escapes line breaks inside text).
const NON_ROW_LINES: Record<'csv' | 'xml', { head: number; tail: number }> = {
  csv: { head: 1, tail: 0 },
  xml: { head: 4, tail: 2 },
}

/**
 * Data rows in `lines` line breaks of a CSV or XML export; `finished` once the whole file is read (the XML's
 * closing lines come last). Undefined for XLSX, which is binary.
 */
export function rowsFromLines(format: ExportFormat, lines: number, finished: boolean): number | undefined {
  if (format === 'xlsx') return undefined
  const { head, tail } = NON_ROW_LINES[format]
  return Math.max(0, lines - head - (finished ? tail : 0))
}
