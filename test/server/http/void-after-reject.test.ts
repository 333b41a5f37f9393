// Issue #9 §4.1: a receipt voided after the supervisor rejected the registration. The refund is a legitimate
// next revision: the server stores it, the rejection stays, and the cash hand-over stops expecting the money.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Registration } from '../../../src/domain/index.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import {
  DEVICE_1,
  VSI_NEAR_POOR_12,
  freshIdNumber,
  registration,
  vsiPerson,
} from '../helpers/registrations.ts'

let t: TestApp
let staff1: string
let super1: string
let prefix: string
const EVENT = 'lao-cai-demo'
const VOID = { reason: 'Đã trả lại tiền cho người nộp', at: '2026-11-25T15:00:00+07:00' }

const push = async (regs: Registration[]) => {
  const res = await t.call('POST', '/api/sync/push', {
    token: staff1,
    json: { deviceId: DEVICE_1, registrations: regs },
  })
  expect(res.status).toBe(200)
  return res.body.results as { status: string; reason?: string }[]
}

async function rejected(): Promise<Registration> {
  const reg = registration({ participants: [vsiPerson({ idNumber: freshIdNumber() })] }, prefix)
  expect((await push([reg]))[0]?.status).toBe('accepted')
  const review = await t.call('POST', `/api/registrations/${reg.id}/review`, {
    token: super1,
    json: { revision: 1, decision: 'reject', comment: 'Người này đã có BHXH bắt buộc' },
  })
  expect(review.status).toBe(200)
  return reg
}

const computedCash = async () => {
  const res = await t.call('GET', `/api/cash/handovers?eventId=${EVENT}`, { token: staff1 })
  expect(res.status).toBe(200)
  return (res.body.staff as { computedVnd: number; voidedReceipts: number }[])[0]
}

beforeAll(async () => {
  t = await createTestApp()
  const s = await t.staffDevice('staff1', DEVICE_1)
  staff1 = s.token
  prefix = s.receiptPrefix
  super1 = await t.signIn('super1')
})
afterAll(() => t.close())

describe('a receipt voided after a rejection', () => {
  it('is stored as the next revision; the rejection and its reason stay; the hand-over stops counting it', async () => {
    const reg = await rejected()
    expect(await computedCash()).toMatchObject({ computedVnd: VSI_NEAR_POOR_12, voidedReceipts: 0 })

    const [result] = await push([{ ...reg, revision: 2, void: VOID }])
    expect(result).toMatchObject({ status: 'accepted' })

    const detail = await t.call('GET', `/api/registrations/${reg.id}`, { token: super1 })
    expect(detail.body.revision).toBe(2)
    expect(detail.body.registration.void).toEqual(VOID)
    expect(detail.body.review).toMatchObject({ status: 'rejected', comment: 'Người này đã có BHXH bắt buộc' })
    expect(await computedCash()).toMatchObject({ computedVnd: 0, voidedReceipts: 1 })

    // The phone learns the revision it sent is still rejected (its pull cursor moves past it).
    const pull = await t.call('GET', '/api/sync/pull', { token: staff1 })
    const change = (pull.body.changes as { id: string; revision: number; review: { status: string } }[]).find(
      (c) => c.id === reg.id,
    )
    expect(change).toMatchObject({ revision: 2, review: { status: 'rejected' } })

    // A retry after a lost answer is a duplicate, not a conflict.
    expect((await push([{ ...reg, revision: 2, void: VOID }]))[0]?.status).toBe('duplicate')
  })

  it('stays final for anything else: a changed record, even with a void mark, or no void at all', async () => {
    const reg = await rejected()
    const changed = { ...reg, revision: 2, void: VOID, note: 'sửa lại' }
    expect(await push([changed])).toEqual([expect.objectContaining({ status: 'conflict', reason: 'final' })])
    expect(await push([{ ...reg, revision: 2 }])).toEqual([
      expect.objectContaining({ status: 'conflict', reason: 'final' }),
    ])
    // Once voided, no further revision is taken.
    expect((await push([{ ...reg, revision: 2, void: VOID }]))[0]?.status).toBe('accepted')
    expect(await push([{ ...reg, revision: 3, void: { ...VOID, reason: 'lần nữa' } }])).toEqual([
      expect.objectContaining({ status: 'conflict', reason: 'final' }),
    ])
  })
})
