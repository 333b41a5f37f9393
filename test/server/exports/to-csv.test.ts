import { describe, expect, it } from 'vitest'
import { toCsv } from '../../../src/server/exports/to-csv.ts'

describe('toCsv', () => {
  it('starts with a BOM, quotes what needs quoting, ends lines with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['Xã Bát Xát, Lào Cai', 'say "hi"'],
          [1, 'x\ny'],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"Xã Bát Xát, Lào Cai","say ""hi"""\r\n1,"x\ny"\r\n')
  })
  it('defuses spreadsheet formulas in text cells but leaves numbers alone', () => {
    expect(toCsv(['n'], [['=HYPERLINK("x")'], ['@SUM(A1)'], [-5]])).toBe(
      '\uFEFFn\r\n"\'=HYPERLINK(""x"")"\r\n\'@SUM(A1)\r\n-5\r\n',
    )
  })
})
