import { describe, expect, it } from 'vitest'
import type { ExportColumn } from '../../../src/domain/export/export-column.ts'
import { d05Columns } from '../../../src/domain/export/d05-columns.ts'
import { d05Rows } from '../../../src/domain/export/d05-rows.ts'
import { toCsv } from '../../../src/domain/export/to-csv.ts'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'
import { sampleRegistration } from '../registration/sample-registration.ts'

const columns = [
  { key: 'name', header: 'Họ và tên', type: 'string' },
  { key: 'amount', header: 'Số tiền', type: 'number' },
  { key: 'paidOn', header: 'Ngày', type: 'date' },
] as const satisfies readonly ExportColumn[]

describe('toCsv', () => {
  it('starts with a UTF-8 BOM, ends every line with CRLF and writes dates dd/mm/yyyy', () => {
    const csv = toCsv(columns, [{ name: 'NGUYỄN VĂN AN', amount: 1_366_200, paidOn: '2026-11-25' }])
    expect(csv).toBe('\uFEFFHọ và tên,Số tiền,Ngày\r\nNGUYỄN VĂN AN,1366200,25/11/2026\r\n')
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]))
  })

  it('can head the columns with the XML field codes', () => {
    expect(toCsv(columns, [], { headerRow: 'key' })).toBe('\uFEFFname,amount,paidOn\r\n')
  })

  it('quotes commas, quotes and line breaks (RFC 4180) and leaves null cells empty', () => {
    const csv = toCsv(columns, [
      { name: 'Thôn 1, Xã "Bát Xát"', amount: null, paidOn: null },
      { name: 'hai\r\ndòng', amount: 0, paidOn: null },
    ])
    expect(csv.split('\r\n').slice(1)).toEqual(['"Thôn 1, Xã ""Bát Xát""",,', '"hai', 'dòng",0,', ''])
  })

  it('defuses text that a spreadsheet would run as a formula, but not numbers', () => {
    const cells = ['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', '\tx', '\rx', 'An']
    const csv = toCsv(
      columns,
      cells.map((name) => ({ name, amount: -5, paidOn: null })),
    )
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      `"'=HYPERLINK(""http://x"")",-5,`,
      "'+1,-5,",
      "'-2,-5,",
      "'@SUM(A1),-5,",
      "'\tx,-5,",
      `"'\rx",-5,`,
      'An,-5,',
    ])
  })

  it('writes a D05-TS file with one header line and one line per row', () => {
    const csv = toCsv(d05Columns, d05Rows([sampleRegistration()], defaultRules))
    const lines = csv.slice(1).split('\r\n')
    // The form's 26 columns, then receipt date, receipt number and collector (issue #13).
    expect(lines[0]?.split(',')).toHaveLength(29)
    expect(lines[1]).toBe(
      '1,NGUYỄN VĂN AN,010085123456,3000000,11/2026,6,3960000,3564000,396000,,,22,20,,6,Đối tượng khác,010085123456,,0,0,,,15,,02683,"Thôn 1, Xã Bát Xát, Lào Cai",25/11/2026,LC017-000123,',
    )
  })
})
