// An uploaded list as lines of cells: an XLSX workbook's first sheet (exceljs) or a CSV text (comma or
// semicolon, double quotes around cells that hold one). Cells come back as trimmed text.
import ExcelJS from 'exceljs'

export async function readSpreadsheetLines(fileName: string, content: string): Promise<string[][]> {
  if (/\.xlsx$/i.test(fileName)) {
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(content, 'base64') as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    if (!sheet) return []
    const lines: string[][] = []
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const cells: string[] = []
      for (let col = 1; col <= Math.max(row.cellCount, 4); col++) cells.push(row.getCell(col).text.trim())
      lines[number - 1] = cells
    })
    return Array.from(lines, (line) => line ?? [])
  }
  return parseCsv(content)
}

/** RFC 4180 as spreadsheets write it, with `;` accepted as the separator (Vietnamese Excel's default). */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '')
  const firstLine = body.split(/\r?\n/, 1)[0] ?? ''
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
  const lines: string[][] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === separator) {
      cells.push(cell.trim())
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++
      cells.push(cell.trim())
      lines.push(cells)
      cells = []
      cell = ''
    } else cell += ch
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell.trim())
    lines.push(cells)
  }
  return lines
}
