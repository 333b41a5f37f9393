// Tally arithmetic against figures computed by hand from domain.md §8 and the worked amounts:
// VSI near-poor 12 months = 2,376,000 paid, 1,584,000 state support; HI rank 1 = 1,366,200, rank 2 = 956,340.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Participant } from '../../../src/domain/index.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import {
  DEVICE_1,
  DEVICE_2,
  DEVICE_3,
  HI_RANK1_12,
  VSI_NEAR_POOR_12,
  freshIdNumber,
  hiPerson,
  registration,
  vsiPerson,
} from '../helpers/registrations.ts'

const HI_RANK2_12 = 956_340
const VSI_SUPPORT_12 = 132_000 * 12
const DAY1 = '2026-11-25T09:30:00+07:00'
const DAY2 = '2026-11-26T15:00:00+07:00'

let t: TestApp
let super1: string
let admin: string
let eventB: string
const staffIds: Record<string, string> = {}

function serviceOnly(idNumber: string): Participant {
  const { dateOfBirth, sex, ethnicityCode, address } = hiPerson()
  return {
    fullName: 'Sần Văn Páo',
    idNumber,
    dateOfBirth,
    sex,
    ethnicityCode,
    address,
    consent: true,
    services: { vssidAssisted: false, cashlessPension: true },
  }
}

beforeAll(async () => {
  t = await createTestApp()
  const s1 = (await t.staffDevice('staff1', DEVICE_1)).token
  const s2 = (await t.staffDevice('staff2', DEVICE_2)).token
  const s3 = (await t.staffDevice('staff3', DEVICE_3)).token
  super1 = await t.signIn('super1')
  admin = await t.signIn('admin')
  for (const u of ['staff1', 'staff2']) staffIds[u] = t.seed.users[u]?.id ?? ''
  const created = await t.call('POST', '/api/events', {
    token: admin,
    json: {
      name: 'Hội nghị thôn Y Tý',
      kind: 'village_meeting',
      startsOn: '2026-11-26',
      endsOn: '2026-11-28',
      provinceCode: '15',
      commune: 'Xã Y Tý',
    },
  })
  eventB = created.body.id

  const p1 = freshIdNumber()
  const r1 = registration({ collectedAt: DAY1, participants: [vsiPerson({ idNumber: p1 })] })
  const r2 = registration({
    eventId: eventB,
    collectedAt: DAY2,
    participants: [
      hiPerson(),
      hiPerson({ idNumber: '010080001111', hi: { months: 12, householdOrder: 2, amountDue: HI_RANK2_12 } }),
    ],
  })
  const r4 = registration({ collectedAt: DAY1, participants: [serviceOnly(freshIdNumber('010078000000'))] })
  const pending = registration({
    collectedAt: DAY1,
    participants: [vsiPerson({ idNumber: freshIdNumber() })],
  })
  const rejected = registration({
    collectedAt: DAY1,
    participants: [hiPerson({ idNumber: freshIdNumber('010078000000') })],
  })
  // The same person as r1, paying again the next day at event B while still covered: a renewal, not new.
  const r3 = registration({
    deviceId: DEVICE_2,
    eventId: eventB,
    collectedAt: DAY2,
    participants: [vsiPerson({ idNumber: p1 })],
  })
  const r7 = registration({
    deviceId: DEVICE_3,
    collectedAt: DAY1,
    participants: [hiPerson({ idNumber: freshIdNumber('010078000000') })],
  })
  const push = (token: string, deviceId: string, regs: unknown[]) =>
    t.call('POST', '/api/sync/push', { token, json: { deviceId, registrations: regs } })
  await push(s1, DEVICE_1, [r1, r2, r4, pending, rejected])
  await push(s2, DEVICE_2, [r3])
  await push(s3, DEVICE_3, [r7])
  const decide = async (token: string, id: string, json: object) => {
    const res = await t.call('POST', `/api/registrations/${id}/review`, {
      token,
      json: { revision: 1, ...json },
    })
    expect(res.status).toBe(200)
  }
  for (const r of [r2, r4]) await decide(super1, r.id, { decision: 'approve' })
  // r1 and r3 share an ID number: each needs an override (a hard flag binds both ways).
  for (const r of [r1, r3]) {
    await decide(super1, r.id, {
      decision: 'approve',
      override: { reason: 'Đóng tiếp cho năm sau, cùng một người' },
    })
  }
  await decide(super1, rejected.id, { decision: 'reject', comment: 'Không đủ điều kiện' })
  await decide(admin, r7.id, { decision: 'approve' })
})
afterAll(() => t.close())

const tally = (query: string, token = super1) => t.call('GET', `/api/reports/tally${query}`, { token })
const figures = (
  vsiNew: number,
  hiNew: number,
  vssidAssisted: number,
  cashlessPension: number,
  registrations: number,
  collectedVnd: number,
  stateSupportVnd: number,
) => ({
  vsiNew,
  hiNew,
  vssidAssisted,
  cashlessPension,
  registrations,
  collectedVnd,
  stateSupportVnd,
  advised: 0,
  hiRenewed: 0,
})

describe('GET /api/reports/tally', () => {
  it('gives the contract figures at the top level, by hand', async () => {
    const res = await tally('')
    expect(res.status).toBe(200)
    const collected = VSI_NEAR_POOR_12 + (HI_RANK1_12 + HI_RANK2_12) + VSI_NEAR_POOR_12
    expect(res.body).toMatchObject(figures(1, 2, 1, 1, 4, collected, 2 * VSI_SUPPORT_12))
  })

  it('breaks down by event, day, commune and staff member', async () => {
    const { body } = await tally('')
    const eventA = figures(1, 0, 1, 1, 2, VSI_NEAR_POOR_12, VSI_SUPPORT_12)
    const eventBFigures = figures(0, 2, 1, 0, 2, HI_RANK1_12 + HI_RANK2_12 + VSI_NEAR_POOR_12, VSI_SUPPORT_12)
    expect(body.byEvent).toEqual({ 'lao-cai-demo': eventA, [eventB]: eventBFigures })
    expect(body.byDay).toEqual({ '2026-11-25': eventA, '2026-11-26': eventBFigures })
    expect(body.byStaff).toEqual({
      [staffIds['staff1'] ?? '']: figures(
        1,
        2,
        1,
        1,
        3,
        VSI_NEAR_POOR_12 + HI_RANK1_12 + HI_RANK2_12,
        VSI_SUPPORT_12,
      ),
      [staffIds['staff2'] ?? '']: figures(0, 0, 1, 0, 1, VSI_NEAR_POOR_12, VSI_SUPPORT_12),
    })
    expect(body.byCommune).toEqual({
      '02683': figures(1, 0, 1, 0, 2, 2 * VSI_NEAR_POOR_12, 2 * VSI_SUPPORT_12),
      'Xã Y Tý': figures(0, 2, 0, 1, 2, HI_RANK1_12 + HI_RANK2_12, 0),
    })
    expect(body.names).toEqual({
      commune: { '02683': 'Xã Bát Xát', 'Xã Y Tý': 'Xã Y Tý' },
      staff: { [staffIds['staff1'] ?? '']: 'Cán bộ thu 1', [staffIds['staff2'] ?? '']: 'Cán bộ thu 2' },
    })
  })

  it('narrows to an event or a day, keeping earlier records as history for "new"', async () => {
    const b = await tally(`?eventId=${eventB}`)
    expect(b.body).toMatchObject(
      figures(0, 2, 1, 0, 2, HI_RANK1_12 + HI_RANK2_12 + VSI_NEAR_POOR_12, VSI_SUPPORT_12),
    )
    const day2 = await tally('?from=2026-11-26&to=2026-11-26')
    expect(day2.body).toMatchObject({ vsiNew: 0, hiNew: 2, registrations: 2 })
    const day1 = await tally('?to=2026-11-25')
    expect(day1.body).toMatchObject(figures(1, 0, 1, 1, 2, VSI_NEAR_POOR_12, VSI_SUPPORT_12))
  })

  it('covers every team for an admin', async () => {
    const res = await tally('', admin)
    expect(res.body).toMatchObject({ hiNew: 3, registrations: 5 })
    expect(Object.keys(res.body.byStaff)).toHaveLength(3)
  })
})
