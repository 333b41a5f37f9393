import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import {
  DEVICE_1,
  DEVICE_3,
  HI_RANK1_12,
  VSI_NEAR_POOR_12,
  hiPerson,
  registration,
  vsiPerson,
} from '../helpers/registrations.ts'

let t: TestApp
let staff1: string
let staff3: string
let super1: string
let admin: string

beforeAll(async () => {
  t = await createTestApp()
  staff1 = (await t.staffDevice('staff1', DEVICE_1)).token
  staff3 = (await t.staffDevice('staff3', DEVICE_3)).token
  super1 = await t.signIn('super1')
  admin = await t.signIn('admin')
})
afterAll(() => t.close())

describe('events', () => {
  it('lists the demo event to anyone signed in', async () => {
    const res = await t.call('GET', '/api/events', { token: staff1 })
    expect(res.status).toBe(200)
    expect(res.body).toContainEqual({
      id: 'lao-cai-demo',
      name: expect.any(String),
      kind: 'art_performance',
      startsOn: '2026-11-24',
      endsOn: '2026-11-27',
      provinceCode: '15',
      commune: 'Xã Bát Xát',
      teamId: null,
    })
  })

  it('lets a supervisor create an event; staff may not; bad input is a 400', async () => {
    const event = {
      name: 'Phiên chợ việc làm Sa Pa',
      kind: 'job_fair',
      startsOn: '2026-12-01',
      endsOn: '2026-12-02',
      provinceCode: '15',
      commune: 'Phường Sa Pa',
    }
    const res = await t.call('POST', '/api/events', { token: super1, json: event })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({ ...event, id: expect.any(String) })
    expect((await t.call('POST', '/api/events', { token: staff1, json: event })).status).toBe(403)
    const badKind = await t.call('POST', '/api/events', { token: super1, json: { ...event, kind: 'party' } })
    expect(badKind.status).toBe(400)
    expect(badKind.body.error.details.issues[0].path).toBe('kind')
    const backwards = await t.call('POST', '/api/events', {
      token: super1,
      json: { ...event, endsOn: '2026-11-01' },
    })
    expect(backwards.status).toBe(400)
    expect(backwards.body.error.details.issues[0].path).toBe('endsOn')
    // A well-formed day that is no campaign's (PostgreSQL has no year 0: it was a 500, found by body-fuzz).
    for (const [method, path] of [
      ['POST', '/api/events'],
      ['PATCH', '/api/events/lao-cai-demo'],
    ] as const) {
      const yearZero = await t.call(method, path, {
        token: super1,
        json: { ...event, startsOn: '0000-01-01' },
      })
      expect(yearZero.status).toBe(400)
      expect(yearZero.body.error.details.issues[0]).toMatchObject({
        path: 'startsOn',
        message: 'Ngày phải trong khoảng 2000–2099',
      })
    }
  })
})

describe('reports and exports over approved registrations', () => {
  let vsiReg: ReturnType<typeof registration>
  beforeAll(async () => {
    vsiReg = registration()
    const household = registration({
      participants: [
        hiPerson(),
        hiPerson({ idNumber: '010080001111', hi: { months: 12, householdOrder: 2, amountDue: 956_340 } }),
      ],
    })
    const pendingOne = registration({ participants: [vsiPerson({ idNumber: '010190002222' })] })
    const teamB = registration({ deviceId: DEVICE_3, participants: [hiPerson({ idNumber: '010080003333' })] })
    await t.call('POST', '/api/sync/push', {
      token: staff1,
      json: { deviceId: DEVICE_1, registrations: [vsiReg, household, pendingOne] },
    })
    await t.call('POST', '/api/sync/push', {
      token: staff3,
      json: { deviceId: DEVICE_3, registrations: [teamB] },
    })
    for (const id of [vsiReg.id, household.id]) {
      expect(
        (
          await t.call('POST', `/api/registrations/${id}/review`, {
            token: super1,
            json: { revision: 1, decision: 'approve' },
          })
        ).status,
      ).toBe(200)
    }
    await t.call('POST', `/api/registrations/${teamB.id}/review`, {
      token: admin,
      json: { revision: 1, decision: 'approve' },
    })
  })

  it('tallies the supervisor’s team', async () => {
    const res = await t.call('GET', '/api/reports/tally?eventId=lao-cai-demo', { token: super1 })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      vsiNew: 1,
      hiNew: 2,
      vssidAssisted: 1,
      cashlessPension: 0,
      registrations: 2,
      collectedVnd: VSI_NEAR_POOR_12 + HI_RANK1_12 + 956_340,
      stateSupportVnd: 132_000 * 12,
    })
    expect(Object.keys(res.body.byStaff)).toEqual([t.seed.users['staff1']?.id])
    const all = await t.call('GET', '/api/reports/tally', { token: admin })
    expect(all.body).toMatchObject({ hiNew: 3, registrations: 3 })
  })

  it('filters the tally by Vietnamese calendar day', async () => {
    const on = await t.call('GET', '/api/reports/tally?from=2026-11-25&to=2026-11-25', { token: super1 })
    expect(on.body.registrations).toBe(2)
    const before = await t.call('GET', '/api/reports/tally?to=2026-11-24', { token: super1 })
    expect(before.body.registrations).toBe(0)
    expect((await t.call('GET', '/api/reports/tally?from=25/11/2026', { token: super1 })).status).toBe(400)
    expect((await t.call('GET', '/api/reports/tally', { token: staff1 })).status).toBe(403)
  })

  it('exports D05-TS as CSV with a BOM, one row per VSI participant', async () => {
    const res = await t.call('GET', '/api/exports/d05-ts.csv?eventId=lao-cai-demo&header=key', {
      token: super1,
    })
    expect(res.status).toBe(200)
    const raw = await t.app.request('/api/exports/d05-ts.csv', {
      headers: { Authorization: `Bearer ${super1}` },
    })
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(res.headers.get('content-type')).toContain('text/csv')
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="d05-ts-lao-cai-demo-2026-11-25\.csv"/,
    )
    const [head, ...rows] = res.text.trim().split('\r\n')
    expect(rows).toHaveLength(1)
    const keys = head?.split(',') ?? []
    const row = Object.fromEntries((rows[0]?.split(',') ?? []).map((v, i) => [keys[i], v]))
    expect(row).toMatchObject({
      STT: '1',
      HoTen: 'HOÀNG THỊ LAN',
      MucTien: '1500000',
      Tuthang: '11/2026',
      Sothang: '12',
      Tongtien: '3960000',
      TienTudong: String(VSI_NEAR_POOR_12),
      TienHotro: '1584000',
      ID: '010190001234',
      Matinh_DangSS: '15',
      Maxa_DangSS: '02683',
    })
    const labelled = await t.call('GET', '/api/exports/d05-ts.csv', { token: super1 })
    expect(labelled.text.split('\r\n')[0]).toContain('Họ và tên')
  })

  it('exports D03-TS with the household rank', async () => {
    const res = await t.call('GET', '/api/exports/d03-ts.csv', { token: super1 })
    const lines = res.text.trim().split('\r\n')
    expect(lines).toHaveLength(3)
    expect(lines[2]).toContain('người thứ 2')
    expect(lines[1]).toContain(String(HI_RANK1_12))
  })

  it('answers 404 for an unknown list, 403 for staff', async () => {
    expect((await t.call('GET', '/api/exports/d99.csv', { token: super1 })).status).toBe(404)
    expect((await t.call('GET', '/api/exports/d05-ts.xlsx', { token: staff1 })).status).toBe(403)
    expect((await t.call('GET', '/api/exports/d05-ts.csv', { token: staff1 })).status).toBe(403)
  })
})
