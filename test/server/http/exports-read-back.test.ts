// Issue #13: every export format read back, every column of every row checked against the registrations that
// made them, with what only the server knows (collector, earlier enrolments) stated here by hand. The XML is
// also validated against the schema kept in docs/xsd/.
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  d03Columns,
  d03Rows,
  d05Columns,
  d05Rows,
  defaultRules,
  formatDateVi,
  toCsv,
  type ExportCell,
  type ExportColumn,
  type ExportRow,
  type ListContext,
  type Registration,
} from '../../../src/domain/index.ts'
import { validateDeclaration } from '../../domain/export/validate-declaration.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import {
  DEVICE_1,
  DEVICE_2,
  HI_RANK1_12,
  VSI_NEAR_POOR_12,
  freshIdNumber,
  hiPerson,
  registration,
  vsiPerson,
} from '../helpers/registrations.ts'

// Free text that tries to close an element, open one, and end the document; names may hold an apostrophe.
const HOSTILE_VILLAGE = `Thôn </Diachi_DangSS><HoTen>X</HoTen> & "A" ]]> <!--`
const HI_RANK2_12 = 956_340

let t: TestApp
let super1: string
/** The approved, listed registrations in list order, with the context the server should have found. */
const listed: { registration: Registration; context: ListContext }[] = []

beforeAll(async () => {
  t = await createTestApp()
  const s1 = await t.staffDevice('staff1', DEVICE_1)
  const s2 = await t.staffDevice('staff2', DEVICE_2)
  super1 = await t.signIn('super1')
  let seq = 0
  const reg = (
    prefix: string,
    at: string,
    participants: Registration['participants'],
    deviceId = DEVICE_1,
  ) => {
    const r = registration({ collectedAt: at, deviceId, participants }, prefix)
    seq += 1
    return r.payment
      ? { ...r, payment: { ...r.payment, receiptNo: `${prefix}-${String(seq).padStart(6, '0')}` } }
      : r
  }
  const returning = freshIdNumber()
  const hiThenVsi = freshIdNumber('010078000000')
  const voidedPerson = freshIdNumber()
  // 20/11: first enrolments, approved; one of them voided afterwards.
  const first = reg(s1.receiptPrefix, '2026-11-20T08:00:00+07:00', [vsiPerson({ idNumber: returning })])
  const hiFirst = reg(s1.receiptPrefix, '2026-11-20T09:00:00+07:00', [
    hiPerson({
      idNumber: hiThenVsi,
      fullName: "H'Hen Niê",
      address: { provinceCode: '15', commune: 'Xã Y Tý', village: HOSTILE_VILLAGE },
    }),
  ])
  const toVoid = reg(s1.receiptPrefix, '2026-11-20T10:00:00+07:00', [vsiPerson({ idNumber: voidedPerson })])
  // 25/11: the same people again, a household of two, and one collected by staff2; one stays pending.
  const renewal = reg(s1.receiptPrefix, '2026-11-25T08:00:00+07:00', [vsiPerson({ idNumber: returning })])
  const household = reg(s1.receiptPrefix, '2026-11-25T09:00:00+07:00', [
    {
      ...vsiPerson({
        idNumber: hiThenVsi,
        fullName: 'Giàng A Páo',
        sex: 'male',
        dateOfBirth: '1978',
        ethnicityCode: '08',
      }),
      hi: { months: 12, householdOrder: 1, amountDue: HI_RANK1_12 },
    },
    hiPerson({
      idNumber: freshIdNumber('010180000000'),
      fullName: 'Thào Thị Mai',
      sex: 'female',
      dateOfBirth: '1980-03',
      hi: { months: 12, householdOrder: 2, amountDue: HI_RANK2_12 },
    }),
  ])
  const afterVoid = reg(s1.receiptPrefix, '2026-11-25T10:00:00+07:00', [
    vsiPerson({ idNumber: voidedPerson }),
  ])
  const byStaff2 = reg(
    s2.receiptPrefix,
    '2026-11-25T11:00:00+07:00',
    [vsiPerson({ idNumber: freshIdNumber(), address: { provinceCode: '15', commune: 'Xã Tả Van' } })],
    DEVICE_2,
  )
  const pending = reg(s1.receiptPrefix, '2026-11-25T12:00:00+07:00', [
    vsiPerson({ idNumber: freshIdNumber() }),
  ])

  const push = async (token: string, deviceId: string, registrations: Registration[]) => {
    const res = await t.call('POST', '/api/sync/push', { token, json: { deviceId, registrations } })
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(
      registrations.map(() => 'accepted'),
    )
  }
  await push(s1.token, DEVICE_1, [first, hiFirst, toVoid, renewal, household, afterVoid, pending])
  await push(s2.token, DEVICE_2, [byStaff2])
  for (const r of [first, hiFirst, toVoid, renewal, household, afterVoid, byStaff2]) {
    const res = await t.call('POST', `/api/registrations/${r.id}/review`, {
      token: super1,
      // The same person paying again is a hard duplicate flag: the supervisor confirms it is a renewal.
      json: { revision: 1, decision: 'approve', override: { reason: 'Đóng tiếp kỳ sau' } },
    })
    expect(res.status).toBe(200)
  }
  await push(s1.token, DEVICE_1, [
    { ...toVoid, revision: 2, void: { reason: 'Ghi nhầm người', at: '2026-11-20T11:00:00+07:00' } },
  ])
  await t.call('POST', `/api/registrations/${toVoid.id}/review`, {
    token: super1,
    json: { revision: 2, decision: 'approve', override: { reason: 'Biên lai huỷ' } },
  })

  const staff1 = { collectorCode: 'staff1' }
  listed.push(
    { registration: first, context: { ...staff1, enrolledBefore: [false] } },
    { registration: hiFirst, context: { ...staff1, enrolledBefore: [false] } },
    // Known from 20/11 in the same scheme: a renewal.
    { registration: renewal, context: { ...staff1, enrolledBefore: [true] } },
    // HI before, VSI now: new to VSI, known to HI; the second member is new.
    { registration: household, context: { ...staff1, enrolledBefore: [false, false] } },
    // The earlier enrolment was voided: it counts for nothing.
    { registration: afterVoid, context: { ...staff1, enrolledBefore: [false] } },
    { registration: byStaff2, context: { collectorCode: 'staff2', enrolledBefore: [false] } },
  )
  // The household's HI member 1 was enrolled in HI on 20/11: ON in D03-TS.
}, 120_000)
afterAll(() => t.close())

const d03Context = (r: { registration: Registration; context: ListContext }): ListContext =>
  r.registration === listed[3]?.registration
    ? { collectorCode: 'staff1', enrolledBefore: [true, false] }
    : r.context

/** The rows the lists must hold, from the registrations and the context stated above. */
function expectedRows(list: 'd05-ts' | 'd03-ts'): ExportRow[] {
  const vsi = listed.filter((l) => l.registration.participants.some((p) => p.vsi))
  const hi = listed.filter((l) => l.registration.participants.some((p) => p.hi))
  const rows: ExportRow[] =
    list === 'd05-ts'
      ? d05Rows(
          vsi.map((l) => l.registration),
          defaultRules,
          vsi.map((l) => l.context),
        )
      : d03Rows(
          hi.map((l) => l.registration),
          defaultRules,
          hi.map(d03Context),
        )
  return rows
}

async function download(path: string) {
  const res = await t.app.request(path, { headers: { Authorization: `Bearer ${super1}` } })
  expect(res.status).toBe(200)
  return { res, bytes: Buffer.from(await res.arrayBuffer()) }
}

const LISTS = [
  { list: 'd05-ts', form: 'D05-TS', columns: d05Columns as readonly ExportColumn[] },
  { list: 'd03-ts', form: 'D03-TS', columns: d03Columns as readonly ExportColumn[] },
] as const

describe('what the lists hold', () => {
  it('D05-TS: the ID in the SI-code column, receipt, collector, plan and support basis per person', () => {
    const rows = expectedRows('d05-ts')
    expect(
      rows.map((r) => [r['STT'], r['MasoBHXH'] === r['ID'], r['PA'], r['MaNhanvienThu'], r['CCNS']]),
    ).toEqual([
      [1, true, 'TM', 'staff1', 'Hộ cận nghèo'],
      [2, true, 'ON', 'staff1', 'Hộ cận nghèo'],
      [3, true, 'TM', 'staff1', 'Hộ cận nghèo'],
      [4, true, 'TM', 'staff1', 'Hộ cận nghèo'],
      [5, true, 'TM', 'staff2', 'Hộ cận nghèo'],
    ])
    expect(rows[0]).toMatchObject({
      NgayBienLai: '2026-11-20',
      TienTudong: VSI_NEAR_POOR_12,
      Tyle: 22,
      TyleNSNN: 40,
    })
    expect(rows[4]).toMatchObject({ Maxa_DangSS: null, Diachi_DangSS: 'Xã Tả Van, Lào Cai' })
  })

  it('D03-TS: ON for the member known to HI, benefit level 4, type 1, the household receipt on both', () => {
    const rows = expectedRows('d03-ts')
    expect(
      rows.map((r) => [r['HoTen'], r['PA'], r['MucHuong'], r['Loai'], r['Tiendong'], r['Ghichu']]),
    ).toEqual([
      ["H'HEN NIÊ", 'TM', '4', '1', HI_RANK1_12, 'người thứ 1'],
      ['GIÀNG A PÁO', 'ON', '4', '1', HI_RANK1_12, 'người thứ 1'],
      ['THÀO THỊ MAI', 'TM', '4', '1', HI_RANK2_12, 'người thứ 2'],
    ])
    expect(rows[1]?.['SoBienLai']).toBe(rows[2]?.['SoBienLai'])
  })
})

describe.each(LISTS)('$form read back', ({ list, form, columns }) => {
  it('XLSX: every cell of every row, with its cell type', async () => {
    const { bytes } = await download(`/api/exports/${list}.xlsx`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]
    if (!sheet) throw new Error('no sheet')
    const expected = expectedRows(list)
    expect(sheet.rowCount).toBe(expected.length + 1)
    expect(columns.map((_, i) => sheet.getRow(1).getCell(i + 1).value)).toEqual(columns.map((c) => c.header))
    for (const [r, row] of expected.entries()) {
      const cells = columns.map((c, i) => xlsxValue(sheet.getRow(r + 2).getCell(i + 1)))
      expect(cells, `row ${r + 1}`).toEqual(columns.map((c) => xlsxExpected(row[c.key] ?? null, c)))
    }
  })

  it('CSV: the exact text of the rows', async () => {
    const { bytes } = await download(`/api/exports/${list}.csv?header=key`)
    expect(bytes.toString('utf8')).toBe(toCsv(columns, expectedRows(list), { headerRow: 'key' }))
  })

  it('XML: valid against the schema, every element of every row', async () => {
    const { res, bytes } = await download(`/api/exports/${list}.xml`)
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="${list}-tat-ca-2026-11-25.xml"`,
    )
    const xml = bytes.toString('utf8')
    expect(xml.startsWith(`<?xml version="1.0" encoding="UTF-8"?>\n<${form}>`)).toBe(true)
    expect(await validateDeclaration(form, xml)).toEqual([])
    const xmlColumns = columns.filter((c) => c.inXml !== false)
    const expected = expectedRows(list)
    const rows = laoDongRows(xml)
    expect(rows).toHaveLength(expected.length)
    for (const [r, row] of expected.entries()) {
      expect(rows[r], `row ${r + 1}`).toEqual(
        xmlColumns.map((c) => [c.key, xmlExpected(row[c.key] ?? null, c)]),
      )
    }
  })
})

describe('XML header and filters', () => {
  it('D03-TS states the household group and the reference level of the first payment', async () => {
    const xml = (await download('/api/exports/d03-ts.xml')).bytes.toString('utf8')
    expect(xml).toContain('<LuongCoSo>2530000</LuongCoSo>')
    expect(xml).toContain('<LoaiDoiTuong>GD</LoaiDoiTuong>')
  })

  it('takes the same filters as the other formats; an empty list is still a valid document', async () => {
    const pending = (await download('/api/exports/d05-ts.xml?status=pending')).bytes.toString('utf8')
    expect(laoDongRows(pending)).toHaveLength(1)
    const none = (await download('/api/exports/d03-ts.xml?eventId=no-such-event')).bytes.toString('utf8')
    expect(laoDongRows(none)).toHaveLength(0)
    expect(await validateDeclaration('D03-TS', none)).toEqual([])
    const bad = await t.call('GET', '/api/exports/d05-ts.json', { token: super1 })
    expect(bad.status).toBe(404)
    expect(bad.body.error.code).toBe('unknown_export')
  })

  it('a hostile address stays text: one HoTen per row, the village unchanged after unescaping', async () => {
    const xml = (await download('/api/exports/d03-ts.xml')).bytes.toString('utf8')
    const rows = laoDongRows(xml)
    expect(rows.every((row) => row.filter(([name]) => name === 'HoTen').length === 1)).toBe(true)
    const address = rows[0]?.find(([name]) => name === 'Diachi_DangSS')?.[1]
    expect(address).toBe(`${HOSTILE_VILLAGE}, Xã Y Tý, Lào Cai`)
  })

  it('audits the XML download and its row count', async () => {
    const rows = await t.db.query<{ action: string; detail: Record<string, unknown> }>(
      "SELECT action, detail FROM audit_log WHERE entity = 'export' AND detail->>'format' = 'xml' ORDER BY id LIMIT 2",
    )
    expect(rows).toEqual([
      { action: 'export.download', detail: { format: 'xml', status: 'approved', eventId: null } },
      { action: 'export.complete', detail: { format: 'xml', rows: 5 } },
    ])
  })
})

function xlsxValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value
  return v instanceof Date ? { date: v.toISOString().slice(0, 10) } : (v ?? null)
}

function xlsxExpected(value: ExportCell, column: ExportColumn): unknown {
  if (value !== null && column.type === 'date') return { date: value }
  return value
}

function xmlExpected(value: ExportCell, column: ExportColumn): string {
  if (value === null) return ''
  if (column.type === 'date') return formatDateVi(String(value))
  return String(value)
}

/** The children of each `LaoDong` as [name, text] pairs in document order, entities decoded. */
function laoDongRows(xml: string): [string, string][][] {
  return [...xml.matchAll(/<LaoDong>(.*?)<\/LaoDong>/gs)].map((m) =>
    [...(m[1] ?? '').matchAll(/<(\w+)(?:\/>|>([^<]*)<\/\1>)/g)].map((e): [string, string] => [
      e[1] ?? '',
      decode(e[2] ?? ''),
    ]),
  )
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
