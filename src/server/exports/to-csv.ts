/**
 * RFC 4180 CSV with a UTF-8 BOM (Excel on Windows otherwise shows Vietnamese as mojibake) and CRLF.
 * Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
}

function cell(value: string | number): string {
  let s = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}
