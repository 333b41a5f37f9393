// The offices' lists of initial health facilities: read by any signed-in phone, imported by the admin from
// an XLSX or CSV file, a file with a bad line imports nothing; the facility a collector chose reaches D03-TS.
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { quoteHi } from '../../../src/domain/quote/hi-quote.ts'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, freshIdNumber, hiPerson, registration } from '../helpers/registrations.ts'

let t: TestApp
let staff: string
let admin: string
let supervisor: string

beforeAll(async () => {
  t = await createTestApp()
  staff = (await t.staffDevice('staff1', DEVICE_1)).token
  admin = await t.signIn('admin')
  supervisor = await t.signIn('super1')
})
afterAll(() => t.close())

const list = async (province = '15') =>
  (await t.call('GET', `/api/health-facilities?provinceCode=${province}`, { token: staff })).body.items as {
    code: string
    name: string
  }[]
const importFile = (fileName: string, content: string, token = admin, provinceCode = '15') =>
  t.call('POST', '/api/health-facilities/import', { token, json: { provinceCode, fileName, content } })

const CSV = [
  'Mã tỉnh;Mã KCB;Tên cơ sở;Địa chỉ',
  '15;15014;"Trạm Y tế xã Mường Hum";Xã Mường Hum',
  '15;15022;Trạm Y tế xã Y Tý;',
].join('\r\n')

describe('health facilities', () => {
  it('gives every signed-in phone the demo list of its province', async () => {
    expect((await list()).map((f) => f.code)).toEqual(['15901', '15902', '15903'])
    expect((await t.call('GET', '/api/health-facilities')).status).toBe(401)
  })

  it('imports a CSV (semicolons, quotes) by replacing the province’s list whole, audited', async () => {
    const answer = await importFile('co-so-kcb.csv', CSV)
    expect(answer.body).toEqual({ provinceCode: '15', imported: 2, replaced: 3 })
    expect(await list()).toEqual([
      { provinceCode: '15', code: '15014', name: 'Trạm Y tế xã Mường Hum', address: 'Xã Mường Hum' },
      { provinceCode: '15', code: '15022', name: 'Trạm Y tế xã Y Tý', address: null },
    ])
    const audit = await t.call('GET', '/api/audit?action=health_facility.import', { token: admin })
    expect(audit.body.items[0]).toMatchObject({ entityId: '15', detail: { before: 3, after: 2 } })
  })

  it('imports an Excel workbook', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('KCB')
    sheet.addRow(['Mã tỉnh', 'Mã KCB', 'Tên cơ sở', 'Địa chỉ'])
    sheet.addRow(['15', '15031', 'Bệnh viện Đa khoa tỉnh Lào Cai', 'Phường Cam Đường'])
    const content = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
    expect((await importFile('danh-sach.xlsx', content)).body).toMatchObject({ imported: 1 })
    expect((await list()).map((f) => f.code)).toEqual(['15031'])
  })

  it('a file with bad lines imports nothing and names each line and why', async () => {
    const bad = [
      'Mã tỉnh,Mã KCB,Tên,Địa chỉ',
      '15,15041,Trạm Y tế xã A Mú Sung,',
      '14,15042,Sai tỉnh,',
      '15,1,Mã ngắn,',
    ].join('\n')
    const answer = await importFile('bad.csv', bad)
    expect(answer.status).toBe(400)
    expect(answer.body.error.code).toBe('invalid_lines')
    expect(answer.body.error.details.lines).toEqual([
      { line: 3, reason: 'mã tỉnh "14" không phải 15' },
      { line: 4, reason: 'mã KCB "1" phải gồm 3–10 chữ số hoặc chữ in hoa' },
    ])
    expect((await list()).map((f) => f.code)).toEqual(['15031'])
    expect((await importFile('x.xlsx', 'bm90IGEgd29ya2Jvb2s=')).body.error.code).toBe('unreadable_file')
  })

  it('only the admin imports', async () => {
    expect((await importFile('co-so-kcb.csv', CSV, staff)).status).toBe(403)
    expect((await importFile('co-so-kcb.csv', CSV, supervisor)).status).toBe(403)
  })

  it('the facility chosen on the phone reaches D03-TS (columns 6–7)', async () => {
    const quote = quoteHi({ months: 12, householdOrder: 1 }, defaultRules, '2026-11-25')
    if (!quote.ok) throw new Error(quote.issue.message)
    const person = hiPerson({
      idNumber: freshIdNumber(),
      hi: {
        months: 12,
        householdOrder: 1,
        amountDue: quote.quote.amount,
        facility: { provinceCode: '15', code: '15031' },
      },
    })
    const reg = registration({ participants: [person] })
    const pushed = await t.call('POST', '/api/sync/push', {
      token: staff,
      json: { deviceId: DEVICE_1, registrations: [reg] },
    })
    expect(pushed.body.results[0].status).toBe('accepted')
    const approved = await t.call('POST', `/api/registrations/${reg.id}/review`, {
      token: supervisor,
      json: { revision: 1, decision: 'approve' },
    })
    expect(approved.status).toBe(200)
    const csv = await t.call('GET', '/api/exports/d03-ts.csv', { token: supervisor })
    const line = csv.text.split('\n').find((l) => l.includes(person.idNumber))
    expect(line).toContain(',Nam,15,15031,')
  })
})
