import { formatDateVi } from '../format/format-date-vi.ts'
import type { DeclarationHeader } from './declaration-header.ts'
import type { ExportCell, ExportColumn, ExportRow } from './export-column.ts'

export type DeclarationForm = 'D05-TS' | 'D03-TS'

// The e-declaration XML the I-VAN providers submit (docs/agency-lists.md, schema in docs/xsd/):
//   <D05-TS><ThongTinKhac>…</ThongTinKhac><NoiDung><LaoDong>…</LaoDong>…</NoiDung></D05-TS>
// Written in three pieces so the server can stream the rows batch by batch. Every element of a row is
// written, empty when the app has no value, so each row has the schema's fixed order.

/** The XML declaration, the root, the `ThongTinKhac` block and the opening `NoiDung`. */
export function declarationXmlStart(form: DeclarationForm, header: DeclarationHeader): string {
  const info = header.map(([name, value]) => element(name, value === null ? '' : String(value))).join('')
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${form}>\n<ThongTinKhac>${info}</ThongTinKhac>\n<NoiDung>\n`
}

/** One `LaoDong` element per row, one line each; columns marked `inXml: false` are left out. */
export function declarationXmlRows<K extends string>(
  columns: readonly ExportColumn<K>[],
  rows: readonly ExportRow<K>[],
): string {
  const xmlColumns = columns.filter((c) => c.inXml !== false)
  let out = ''
  for (const row of rows) {
    out += '<LaoDong>'
    for (const c of xmlColumns) out += element(c.key, cellText(row[c.key], c))
    out += '</LaoDong>\n'
  }
  return out
}

export function declarationXmlEnd(form: DeclarationForm): string {
  return `</NoiDung>\n</${form}>\n`
}

function cellText(value: ExportCell, column: ExportColumn): string {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  if (column.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDateVi(value)
  return value
}

function element(name: string, text: string): string {
  return text === '' ? `<${name}/>` : `<${name}>${escapeXml(text)}</${name}>`
}

/**
 * Text as element content: markup characters as entities, and characters XML 1.0 cannot hold at all (C0
 * controls other than tab/LF/CR, and C1 controls with them; lone surrogates; U+FFFE/U+FFFF) dropped — no name or address may break the
 * document or add elements to it. Line breaks become character references: a parser reads them back
 * unchanged (a raw CR would be normalised away) and each row stays on one line.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/(?![\t\n\r])[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
}
