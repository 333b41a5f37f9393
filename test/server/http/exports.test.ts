import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { d03Columns, d05Columns } from '../../../src/domain/index.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import {
  DEVICE_1,
  HI_RANK1_12,
  VSI_NEAR_POOR_12,
  freshIdNumber,
  hiPerson,
  registration,
  vsiPerson,
} from '../helpers/registrations.ts'

let t: TestApp
let super1: string
let vsiId: string

beforeAll(async () => {
  t = await createTestApp()
  const { token } = await t.staffDevice('staff1', DEVICE_1)
  super1 = await t.signIn('super1')
  vsiId = freshIdNumber()
  const regs = [
    registration({
      collectedAt: '2026-11-25T08:00:00+07:00',
      participants: [vsiPerson({ idNumber: vsiId })],
    }),
    registration({
      collectedAt: '2026-11-25T09:00:00+07:00',
      participants: [
        hiPerson({ idNumber: freshIdNumber('010078000000') }),
        vsiPerson({ fullName: 'Lò Văn Sáng', sex: 'male', idNumber: freshIdNumber('010090000000') }),
      ],
    }),
    registration({
      collectedAt: '2026-11-25T10:00:00+07:00',
      participants: [vsiPerson({ idNumber: freshIdNumber() })],
    }),
  ]
  await t.call('POST', '/api/sync/push', { token, json: { deviceId: DEVICE_1, registrations: regs } })
  for (const r of regs.slice(0, 2)) {
    await t.call('POST', `/api/registrations/${r.id}/review`, {
      token: super1,
      json: { revision: 1, decision: 'approve' },
    })
  }
})
afterAll(() => t.close())

async function download(path: string) {
  const res = await t.app.request(path, { headers: { Authorization: `Bearer ${super1}` } })
  return { res, bytes: Buffer.from(await res.arrayBuffer()) }
}

async function sheetOf(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new Error('no sheet')
  return sheet
}

const values = (row: ExcelJS.Row, n: number) => Array.from({ length: n }, (_, i) => row.getCell(i + 1).value)

describe('XLSX exports', () => {
  it('D05-TS: Vietnamese headers in domain order, number cells for money, ID numbers as text', async () => {
    const { res, bytes } = await download('/api/exports/d05-ts.xlsx?eventId=lao-cai-demo')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="d05-ts-lao-cai-demo-2026-11-25.xlsx"',
    )
    const sheet = await sheetOf(bytes)
    expect(sheet.name).toBe('D05-TS')
    expect(values(sheet.getRow(1), d05Columns.length)).toEqual(d05Columns.map((c) => c.header))
    expect(sheet.rowCount).toBe(3)
    const col = (key: string) => d05Columns.findIndex((c) => c.key === key) + 1
    const first = sheet.getRow(2)
    expect(first.getCell(col('STT')).value).toBe(1)
    expect(first.getCell(col('HoTen')).value).toBe('HOÀNG THỊ LAN')
    expect(first.getCell(col('TienTudong')).value).toBe(VSI_NEAR_POOR_12)
    expect(first.getCell(col('TienTudong')).type).toBe(ExcelJS.ValueType.Number)
    expect(first.getCell(col('MucTien')).type).toBe(ExcelJS.ValueType.Number)
    expect(first.getCell(col('ID')).value).toBe(vsiId)
    expect(first.getCell(col('ID')).type).toBe(ExcelJS.ValueType.String)
    expect(first.getCell(col('Maxa_DangSS')).value).toBe('02683')
    // Every number column is a number cell or empty, every date column a date cell, every text column text.
    for (const [i, c] of d05Columns.entries()) {
      const type = first.getCell(i + 1).type
      expect([
        ExcelJS.ValueType.Null,
        c.type === 'number'
          ? ExcelJS.ValueType.Number
          : c.type === 'date'
            ? ExcelJS.ValueType.Date
            : ExcelJS.ValueType.String,
      ]).toContain(type)
    }
    const second = sheet.getRow(3)
    expect(second.getCell(col('STT')).value).toBe(2)
    expect(second.getCell(col('HoTen')).value).toBe('LÒ VĂN SÁNG')
  })

  it('D03-TS: real date cells for the receipt date and card start; key headers on request', async () => {
    const { bytes } = await download('/api/exports/d03-ts.xlsx?header=key')
    const sheet = await sheetOf(bytes)
    expect(values(sheet.getRow(1), d03Columns.length)).toEqual(d03Columns.map((c) => c.key))
    expect(sheet.rowCount).toBe(2)
    const row = sheet.getRow(2)
    const col = (key: string) => d03Columns.findIndex((c) => c.key === key) + 1
    const receiptDate = row.getCell(col('NgayBienLai'))
    expect(receiptDate.type).toBe(ExcelJS.ValueType.Date)
    expect((receiptDate.value as Date).toISOString().slice(0, 10)).toBe('2026-11-25')
    expect(receiptDate.numFmt).toBe('dd/mm/yyyy')
    expect(row.getCell(col('TuNgay')).type).toBe(ExcelJS.ValueType.Date)
    expect(row.getCell(col('Tiendong')).value).toBe(HI_RANK1_12)
    expect(row.getCell(col('Tiendong')).numFmt).toBe('#,##0')
    expect(row.getCell(col('MasoBHXH')).numFmt).toBe('@')
    expect(row.getCell(col('NgaySinh')).value).toBe('1978')
    expect(row.getCell(col('Ghichu')).value).toBe('người thứ 1')
  })

  it('filters by status and answers an empty list with the header row only', async () => {
    const pending = await sheetOf((await download('/api/exports/d05-ts.xlsx?status=pending')).bytes)
    expect(pending.rowCount).toBe(2)
    const none = await sheetOf((await download('/api/exports/d05-ts.xlsx?eventId=no-such-event')).bytes)
    expect(none.rowCount).toBe(1)
  })
})

describe('CSV exports', () => {
  it('start with a UTF-8 BOM, then the headers of domain.md in order, CRLF rows', async () => {
    const { res, bytes } = await download('/api/exports/d05-ts.csv')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="d05-ts-tat-ca-2026-11-25.csv"')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.subarray(3).toString('utf8').split('\r\n')
    expect(lines[0]).toBe(d05Columns.map((c) => c.header).join(','))
    expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual(['1', '2'])
    expect(lines.at(-1)).toBe('')
  })

  it('audits each download and its row count', async () => {
    const rows = await t.db.query<{ action: string; detail: Record<string, unknown> }>(
      "SELECT action, detail FROM audit_log WHERE entity = 'export' AND entity_id = 'd03-ts' ORDER BY id",
    )
    expect(rows).toEqual([
      { action: 'export.download', detail: { format: 'xlsx', status: 'approved', eventId: null } },
      { action: 'export.complete', detail: { format: 'xlsx', rows: 1 } },
    ])
  })
})
