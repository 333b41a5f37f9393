import { once } from 'node:events'
import { PassThrough, Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { ExportColumn, ExportRow } from '../../../domain/index.ts'

// A row's cells are small; 1 MiB buffered before we wait for the client keeps memory flat on slow links.
const HIGH_WATER = 1024 * 1024

const NUMBER_FORMAT = '#,##0'
const DATE_FORMAT = 'dd/mm/yyyy'
const TEXT_FORMAT = '@'

/**
 * An .xlsx of one sheet streamed by exceljs's WorkbookWriter: header row, then each batch's rows committed
 * as they come (never the whole sheet in memory). Number columns are number cells, date columns real date
 * cells shown dd/mm/yyyy, everything else text — ID numbers included, so Excel keeps their leading zeros.
 */
export function xlsxStream(
  columns: readonly ExportColumn[],
  batches: AsyncIterator<ExportRow[]>,
  options: {
    sheetName: string
    headerRow: 'header' | 'key'
    onDone: (rows: number) => Promise<void>
    onError: (e: unknown) => void
  },
): ReadableStream<Uint8Array> {
  const out = new PassThrough({ highWaterMark: HIGH_WATER })
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  })
  const sheet = workbook.addWorksheet(options.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] })
  const cellStyles = columns.map((c) => ({
    numFmt: c.type === 'number' ? NUMBER_FORMAT : c.type === 'date' ? DATE_FORMAT : TEXT_FORMAT,
  }))
  sheet.columns = columns.map((c, i) => ({
    key: c.key,
    width: Math.min(40, Math.max(8, c.header.length + 2)),
    style: { ...cellStyles[i] },
  }))

  const write = async () => {
    const header = sheet.addRow(columns.map((c) => (options.headerRow === 'key' ? c.key : c.header)))
    header.font = { bold: true }
    header.commit()
    let rows = 0
    for (;;) {
      const next = await batches.next()
      if (next.done) break
      for (const row of next.value) {
        const added = sheet.addRow(columns.map((c) => cellValue(row[c.key] ?? null, c)))
        // exceljs gives each cell its own copy of the column's style and renders it to find its id; one
        // shared object per column is found by identity instead (about a fifth of the export's time).
        added.eachCell({ includeEmpty: true }, (cell, n) => {
          cell.style = cellStyles[n - 1] ?? cell.style
        })
        added.commit()
      }
      rows += next.value.length
      if (out.writableNeedDrain) await once(out, 'drain')
    }
    sheet.commit()
    await workbook.commit()
    await options.onDone(rows)
  }
  write().catch((e: unknown) => {
    options.onError(e)
    out.destroy(e instanceof Error ? e : new Error('xlsx export failed'))
  })
  return Readable.toWeb(out) as ReadableStream<Uint8Array>
}

function cellValue(value: string | number | null, column: ExportColumn): string | number | Date | null {
  if (value === null) return null
  if (column.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    // Midnight UTC: exceljs turns it into the Excel serial of that calendar day, whatever the server's zone.
    return new Date(`${value}T00:00:00Z`)
  }
  return value
}
