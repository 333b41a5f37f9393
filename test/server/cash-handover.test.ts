// Cash handover endpoints (issue #4) on a real store: a collector declares, the team's supervisor sees the
// declaration against the non-voided registrations received and confirms; other teams see nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Registration } from '../../src/domain/index.ts'
import { createTestApp, type TestApp } from './helpers/test-app.ts'
import {
  DEVICE_1,
  DEVICE_3,
  HI_RANK1_12,
  VSI_NEAR_POOR_12,
  freshIdNumber,
  hiPerson,
  registration,
  vsiPerson,
} from './helpers/registrations.ts'

let t: TestApp
let staff1: string
let staff3: string
let super1: string
let admin: string
let prefix1: string
const EVENT = 'lao-cai-demo'

async function push(token: string, deviceId: string, regs: Registration[]) {
  const res = await t.call('POST', '/api/sync/push', { token, json: { deviceId, registrations: regs } })
  expect(res.status).toBe(200)
  return res.body.results as { status: string; errors?: unknown }[]
}

beforeAll(async () => {
  t = await createTestApp()
  const s1 = await t.staffDevice('staff1', DEVICE_1)
  staff1 = s1.token
  prefix1 = s1.receiptPrefix
  staff3 = (await t.staffDevice('staff3', DEVICE_3)).token
  super1 = await t.signIn('super1')
  admin = await t.signIn('admin')

  const kept = registration({ participants: [vsiPerson({ idNumber: freshIdNumber() })] }, prefix1)
  const household = registration(
    { participants: [hiPerson({ idNumber: freshIdNumber('010078000000') })] },
    prefix1,
  )
  household.payment!.receiptNo = `${prefix1}-000002`
  const cancelled = registration({ participants: [vsiPerson({ idNumber: freshIdNumber() })] }, prefix1)
  cancelled.payment!.receiptNo = `${prefix1}-000003`
  expect((await push(staff1, DEVICE_1, [kept, household, cancelled])).map((r) => r.status)).toEqual([
    'accepted',
    'accepted',
    'accepted',
  ])
  // The voided receipt arrives as the next revision: amounts are still checked, so it is accepted.
  const voided = {
    ...cancelled,
    revision: 2,
    void: { reason: 'Ghi nhầm người', at: '2026-11-25T10:00:00+07:00' },
  }
  expect((await push(staff1, DEVICE_1, [voided]))[0]?.status).toBe('accepted')

  const other = registration(
    { deviceId: DEVICE_3, participants: [vsiPerson({ idNumber: freshIdNumber() })] },
    'XX',
  )
  const s3prefix = (await t.call('POST', '/api/devices', { token: staff3, json: { deviceId: DEVICE_3 } }))
    .body.receiptPrefix as string
  other.payment!.receiptNo = `${s3prefix}-000001`
  expect((await push(staff3, DEVICE_3, [other]))[0]?.status).toBe('accepted')
})

afterAll(async () => {
  await t.close()
})

describe('cash handovers', () => {
  const computed = VSI_NEAR_POOR_12 + HI_RANK1_12

  it('a voided revision with a wrong amount is still rejected', async () => {
    const bad = registration({ participants: [vsiPerson({ idNumber: freshIdNumber() })] }, prefix1)
    bad.payment!.receiptNo = `${prefix1}-000009`
    bad.payment!.amountCollected = 1
    bad.void = { reason: 'Sai tiền', at: '2026-11-25T10:00:00+07:00' }
    const [r] = await push(staff1, DEVICE_1, [bad])
    expect(r).toMatchObject({
      status: 'rejected',
      errors: [expect.objectContaining({ code: 'amount_mismatch' })],
    })
  })

  it('a collector declares; the answer compares with what was received (voided left out)', async () => {
    const res = await t.call('POST', '/api/cash/handovers', {
      token: staff1,
      json: {
        eventId: EVENT,
        declaredVnd: computed - 10_000,
        receiptNos: [`${prefix1}-000001`, `${prefix1}-000002`, `${prefix1}-000004`],
      },
    })
    expect(res.status).toBe(201)
    expect(res.body).toMatchObject({
      staffId: t.seed.users['staff1']?.id,
      computedVnd: computed,
      receivedReceipts: 3,
      voidedReceipts: 1,
      differenceVnd: -10_000,
      flagged: true,
      missingReceiptNos: [`${prefix1}-000004`],
      handover: { declaredVnd: computed - 10_000, receiptCount: 3 },
    })
  })

  it('refuses a bad body and an unknown event', async () => {
    const bad = await t.call('POST', '/api/cash/handovers', {
      token: staff1,
      json: { eventId: EVENT, declaredVnd: -1, receiptNos: ['nope'] },
    })
    expect(bad.status).toBe(400)
    const unknown = await t.call('POST', '/api/cash/handovers', {
      token: staff1,
      json: { eventId: 'no-such-event', declaredVnd: 0, receiptNos: [] },
    })
    expect(unknown.status).toBe(404)
    expect((await t.call('POST', '/api/cash/handovers', { json: { eventId: EVENT } })).status).toBe(401)
  })

  it('the latest declaration counts; the supervisor sees the team only, with the difference flagged', async () => {
    await t.call('POST', '/api/cash/handovers', {
      token: staff1,
      json: { eventId: EVENT, declaredVnd: computed, receiptNos: [`${prefix1}-000001`, `${prefix1}-000002`] },
    })
    const res = await t.call('GET', `/api/cash/handovers?eventId=${EVENT}`, { token: super1 })
    expect(res.status).toBe(200)
    expect(res.body.staff).toHaveLength(1)
    expect(res.body.staff[0]).toMatchObject({
      displayName: 'Cán bộ thu 1',
      computedVnd: computed,
      differenceVnd: 0,
      flagged: false,
      handover: { declaredVnd: computed },
    })
    const all = await t.call('GET', `/api/cash/handovers?eventId=${EVENT}`, { token: admin })
    expect(all.body.staff.map((s: { displayName: string }) => s.displayName)).toEqual([
      'Cán bộ thu 1',
      'Cán bộ thu 3',
    ])
    const other = all.body.staff[1]
    expect(other).toMatchObject({
      handover: null,
      differenceVnd: null,
      flagged: false,
      computedVnd: VSI_NEAR_POOR_12,
    })
    // Staff see their own line only.
    const own = await t.call('GET', `/api/cash/handovers?eventId=${EVENT}`, { token: staff3 })
    expect(own.body.staff.map((s: { displayName: string }) => s.displayName)).toEqual(['Cán bộ thu 3'])
    expect((await t.call('GET', '/api/cash/handovers', { token: super1 })).status).toBe(400)
  })

  it('the supervisor of the team confirms; others cannot', async () => {
    const list = await t.call('GET', `/api/cash/handovers?eventId=${EVENT}`, { token: super1 })
    const id = list.body.staff[0].handover.id as string
    const byStaff = await t.call('POST', `/api/cash/handovers/${id}/confirm`, {
      token: staff1,
      json: { confirmedVnd: computed },
    })
    expect(byStaff.status).toBe(403)

    // staff3's handover is in team B: super1 (team A) gets 404, not a hint it exists.
    const h3 = await t.call('POST', '/api/cash/handovers', {
      token: staff3,
      json: { eventId: EVENT, declaredVnd: 0, receiptNos: [] },
    })
    expect(h3.body).toMatchObject({ differenceVnd: -VSI_NEAR_POOR_12, flagged: true })
    const foreign = await t.call('POST', `/api/cash/handovers/${h3.body.handover.id}/confirm`, {
      token: super1,
      json: { confirmedVnd: 0 },
    })
    expect(foreign.status).toBe(404)
    expect(
      (
        await t.call('POST', '/api/cash/handovers/not-a-uuid/confirm', {
          token: super1,
          json: { confirmedVnd: 0 },
        })
      ).status,
    ).toBe(404)

    const ok = await t.call('POST', `/api/cash/handovers/${id}/confirm`, {
      token: super1,
      json: { confirmedVnd: computed - 5_000, comment: 'Thiếu 5.000 tiền lẻ' },
    })
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({
      handover: {
        confirmedVnd: computed - 5_000,
        confirmedBy: t.seed.users['super1']?.id,
        comment: 'Thiếu 5.000 tiền lẻ',
      },
      // The supervisor's count is compared from now on: 5,000 short of the registrations received.
      differenceVnd: -5_000,
      flagged: true,
    })
    const again = await t.call('GET', `/api/cash/handovers?eventId=${EVENT}`, { token: super1 })
    expect(again.body.staff[0].handover.confirmedVnd).toBe(computed - 5_000)
  })

  it('audits declarations and confirmations without personal data', async () => {
    const rows = await t.db.query<{ action: string; detail: Record<string, unknown> }>(
      `SELECT action, detail FROM audit_log WHERE entity = 'cash_handover' ORDER BY id`,
    )
    expect(rows.map((r) => r.action)).toEqual([
      'cash.handover',
      'cash.handover',
      'cash.handover',
      'cash.confirm',
    ])
    expect(rows[3]?.detail).toMatchObject({
      eventId: EVENT,
      confirmedVnd: computed - 5_000,
      computedVnd: computed,
    })
    expect(JSON.stringify(rows)).not.toContain('Thiếu 5.000')
  })

  it('tallies and exports leave the voided registration out', async () => {
    const list = await t.call('GET', `/api/registrations?eventId=${EVENT}`, { token: super1 })
    const items = list.body.items as { id: string; revision: number }[]
    for (const item of items) {
      const r = await t.call('POST', `/api/registrations/${item.id}/review`, {
        token: super1,
        json: { revision: item.revision, decision: 'approve' },
      })
      expect(r.status).toBe(200)
    }
    const tally = await t.call('GET', `/api/reports/tally?eventId=${EVENT}`, { token: super1 })
    expect(tally.body).toMatchObject({ registrations: 2, collectedVnd: computed })
    const csv = await t.call('GET', `/api/exports/d05-ts.csv?eventId=${EVENT}&status=approved`, {
      token: super1,
    })
    expect(csv.status).toBe(200)
    // One VSI row (the kept one): header + 1 line.
    expect(csv.text.trim().split('\n')).toHaveLength(2)
  })
})
