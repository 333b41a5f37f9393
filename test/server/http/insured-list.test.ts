// The agency's participant list: imported per province (every bad line named, nothing half-imported, a
// newer list replacing the older at once), downloaded by the phones of the event's team page by page, and
// on the next sync only the difference. Every download is in the audit log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, hiPerson, registration } from '../helpers/registrations.ts'

let t: TestApp
let tokens: Record<'staff1' | 'staff2' | 'staff3' | 'super1' | 'admin', string>
let eventId: string

beforeAll(async () => {
  t = await createTestApp()
  tokens = await t.team()
  eventId = t.seed.eventId
})
afterAll(() => t.close())

const HEADER = 'SoDinhDanh;HoTen;NgaySinh;GioiTinh;MaXa;MaHo;HanTheTu;HanTheDen;MaBenhVien;DongBHXHDenThang'

/** `n` people of Xã Bát Xát (02683), households of four, cards to the end of 2026. */
function people(n: number, from = 0): string[] {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k
    const id = `0101${i % 2 === 0 ? '8' : '9'}0${String(100_000 + i).padStart(6, '0')}`.slice(0, 12)
    return `${id};Người Thứ ${i};07/03/1980;${i % 2 === 0 ? 'Nam' : 'Nữ'};02683;HO${Math.floor(i / 4)};01/01/2026;31/12/2026;15001;`
  })
}

const importList = (csv: string, token = tokens.admin, provinceCode = '15') =>
  t.call('POST', `/api/insured/import?provinceCode=${provinceCode}&fileName=danh-sach.csv`, {
    token,
    body: csv,
    headers: { 'Content-Type': 'text/csv' },
  })

const download = (query: string, token = tokens.staff1) =>
  t.call('GET', `/api/events/${eventId}/insured?${query}`, { token })

describe('the agency’s participant list', () => {
  it('names every bad line and imports nothing from a file that has one', async () => {
    const bad = [
      HEADER,
      ...people(2),
      '01018012;Ngắn Số;07/03/1980;Nam;02683;;;;;',
      '010180777777;Sai Xã;07/03/1980;Nam;01001;;;;;',
      '010180777778;Sai Hạn;07/03/1980;Nam;02683;;01/01/2026;;;',
    ].join('\n')
    const answer = await importList(bad)
    expect(answer.status).toBe(400)
    expect(answer.body.error.code).toBe('invalid_lines')
    expect(answer.body.error.details.lines).toEqual([
      { line: 4, reason: 'số định danh "01018012" phải gồm đúng 12 chữ số' },
      { line: 5, reason: 'mã xã 01001 không thuộc tỉnh 15' },
      { line: 6, reason: 'hạn thẻ cần cả ngày bắt đầu và ngày kết thúc' },
    ])
    const [row] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM insured_people')
    expect(row?.n).toBe(0)
    expect((await importList('SoDinhDanh;HoTen\n')).body.error.details.lines).toEqual([
      { line: 1, reason: 'thiếu cột NgaySinh, GioiTinh, MaXa' },
    ])
    expect((await importList([HEADER, ...people(1)].join('\n'), tokens.super1)).status).toBe(403)
  })

  it('imports, pages a commune to the phone, then sends only the difference', async () => {
    const first = await importList([HEADER, ...people(7)].join('\n'))
    expect(first.body).toEqual({ version: 1, before: 0, after: 7, changed: 7, removed: 0 })

    const page1 = await download('limit=4')
    expect(page1.body).toMatchObject({ communeCode: '02683', version: 1, removed: [] })
    expect(page1.body.people).toHaveLength(4)
    expect(page1.body.people[0]).toEqual([
      page1.body.people[0][0],
      'Người Thứ 0',
      '1980-03-07',
      1,
      '02683',
      'HO0',
      '2026-01-01',
      '2026-12-31',
      '15001',
      '',
    ])
    const page2 = await download(`limit=4&after=${page1.body.next}`)
    expect(page2.body.people).toHaveLength(3)
    expect(page2.body.next).toBeUndefined()

    // A newer list: person 0's card renewed, person 6 gone, person 7 new. The phone at version 1 gets three
    // things, nothing else.
    const renewed = people(7).map((line, i) => (i === 0 ? line.replace('31/12/2026', '31/12/2027') : line))
    const second = await importList([HEADER, ...renewed.slice(0, 6), ...people(1, 7)].join('\n'))
    expect(second.body).toEqual({ version: 2, before: 7, after: 7, changed: 2, removed: 1 })
    const delta = await download('since=1')
    expect(delta.body.version).toBe(2)
    expect(delta.body.people.map((p: string[]) => p[1]).sort()).toEqual(['Người Thứ 0', 'Người Thứ 7'])
    expect(delta.body.removed).toHaveLength(1)
    // Nothing newer: nothing comes down, and a look that brings nobody is not a download in the audit log.
    expect((await download('since=2')).body).toMatchObject({ people: [], removed: [] })

    const audit = await t.db.query<{ action: string; detail: Record<string, unknown> }>(
      "SELECT action, detail FROM audit_log WHERE action LIKE 'insured.%' ORDER BY id",
    )
    expect(audit.map((a) => a.action)).toEqual([
      'insured.import',
      'insured.download',
      'insured.import',
      'insured.download',
    ])
    expect(JSON.stringify(audit)).not.toContain('Người Thứ')
  })

  it('keeps another team’s event and bad cursors out', async () => {
    const other = await t.call('POST', '/api/events', {
      token: tokens.admin,
      json: {
        name: 'Hội chợ việc làm Sa Pa',
        kind: 'job_fair',
        startsOn: '2026-11-20',
        endsOn: '2026-11-21',
        provinceCode: '15',
        commune: 'Phường Sa Pa',
        teamId: 'team-b',
      },
    })
    expect(other.status).toBe(201)
    const foreign = await t.call('GET', `/api/events/${other.body.id}/insured`, { token: tokens.staff1 })
    expect(foreign.status).toBe(404)
    expect((await download('since=abc')).status).toBe(400)
    expect((await download('after=12')).status).toBe(400)
  })
})

describe('the review detail against the office’s list', () => {
  it('shows each household HI participant’s card there, and says when it already covers the period', async () => {
    const fresh = await createTestApp()
    try {
      const team = await fresh.team()
      await fresh.call('POST', '/api/insured/import?provinceCode=15&fileName=ds.csv', {
        token: team.admin,
        body: [
          HEADER,
          '010078005678;Giàng A Páo;1978;Nam;02683;HO1;01/01/2026;31/12/2027;15001;',
          '010080005679;Giàng Thị Dua;1980;Nữ;02683;HO1;01/01/2026;31/12/2026;15001;',
        ].join('\n'),
        headers: { 'Content-Type': 'text/csv' },
      })
      const pao = registration({ deviceId: DEVICE_1, participants: [hiPerson()] })
      const dua = registration({
        deviceId: DEVICE_1,
        participants: [
          hiPerson({
            fullName: 'Giàng Thị Dua',
            idNumber: '010080005679',
            sex: 'female',
            dateOfBirth: '1980',
          }),
        ],
      })
      const pushed = await fresh.call('POST', '/api/sync/push', {
        token: team.staff1,
        json: { deviceId: DEVICE_1, registrations: [pao, dua] },
      })
      expect(pushed.body.results.map((r: { status: string }) => r.status)).toEqual(['accepted', 'accepted'])
      const detail = async (id: string) =>
        (await fresh.call('GET', `/api/registrations/${id}`, { token: team.super1 })).body.listCards
      // Páo's card runs to the end of 2027: paying 12 months from 2026-11-25 charges him twice.
      expect(await detail(pao.id)).toEqual([{ participantIndex: 0, hiTo: '2027-12-31', covers: true }])
      expect(await detail(dua.id)).toEqual([{ participantIndex: 0, hiTo: '2026-12-31', covers: false }])
    } finally {
      await fresh.close()
    }
  })
})
