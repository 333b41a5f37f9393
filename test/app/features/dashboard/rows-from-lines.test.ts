import { expect, it } from 'vitest'
import { rowsFromLines } from '../../../../src/app/features/dashboard/rows-from-lines.ts'
import { d05Columns } from '../../../../src/domain/export/d05-columns.ts'
import { d05Rows } from '../../../../src/domain/export/d05-rows.ts'
import { d05Header } from '../../../../src/domain/export/declaration-header.ts'
import { toCsv } from '../../../../src/domain/export/to-csv.ts'
import {
  declarationXmlEnd,
  declarationXmlRows,
  declarationXmlStart,
} from '../../../../src/domain/export/to-declaration-xml.ts'
import { defaultRules } from '../../../../src/domain/rules/default-rules.ts'
import { sampleParticipant, sampleRegistration } from '../../../domain/registration/sample-registration.ts'

const lineBreaks = (text: string) => text.split('\n').length - 1

// Three VSI rows, one with a line break typed into the village: it must not count as a row.
const rows = d05Rows(
  [
    sampleRegistration({
      participants: [
        sampleParticipant(),
        sampleParticipant({
          idNumber: '010090000002',
          address: { provinceCode: '15', commune: 'Xã Y Tý', village: 'Thôn 1\nxóm 2' },
        }),
        sampleParticipant({ idNumber: '010090000003' }),
      ],
    }),
  ],
  defaultRules,
)

it('counts the data rows of the e-declaration XML as written by the domain', () => {
  const xml =
    declarationXmlStart('D05-TS', d05Header()) +
    declarationXmlRows(d05Columns, rows) +
    declarationXmlEnd('D05-TS')
  expect(rowsFromLines('xml', lineBreaks(xml), true)).toBe(3)
  const empty = declarationXmlStart('D05-TS', d05Header()) + declarationXmlEnd('D05-TS')
  expect(rowsFromLines('xml', lineBreaks(empty), true)).toBe(0)
  // While streaming the closing lines have not arrived yet.
  const partial =
    declarationXmlStart('D05-TS', d05Header()) + declarationXmlRows(d05Columns, rows.slice(0, 2))
  expect(rowsFromLines('xml', lineBreaks(partial), false)).toBe(2)
})

it('counts CSV rows as lines less the header, and nothing for XLSX', () => {
  const csv = toCsv(d05Columns, rows.slice(0, 1))
  expect(rowsFromLines('csv', lineBreaks(csv), true)).toBe(1)
  expect(rowsFromLines('xlsx', 10, true)).toBeUndefined()
})
