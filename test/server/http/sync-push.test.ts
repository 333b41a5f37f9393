import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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

let t: TestApp
let staff1: string
let staff2: string

beforeAll(async () => {
  t = await createTestApp()
  staff1 = (await t.staffDevice('staff1', DEVICE_1)).token
  staff2 = (await t.staffDevice('staff2', DEVICE_2)).token
})
afterAll(() => t.close())

const push = (token: string, registrations: unknown[], deviceId = DEVICE_1) =>
  t.call('POST', '/api/sync/push', { token, json: { deviceId, registrations } })

async function rowCount(id: string) {
  const [row] = await t.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM registrations WHERE id = $1',
    [id],
  )
  return row?.n
}

describe('POST /api/sync/push', () => {
  it('accepts a valid VSI registration (1,500,000 × 12, near-poor → 2,376,000) and stores it pending', async () => {
    const reg = registration()
    const res = await push(staff1, [reg])
    expect(res.status).toBe(200)
    expect(res.body.results).toEqual([{ id: reg.id, revision: 1, status: 'accepted' }])
    expect(typeof res.body.serverTime).toBe('string')
    const [row] = await t.db.query<{ review_status: string; owner_id: string; amount_collected: string }>(
      'SELECT review_status, owner_id, amount_collected::text FROM registrations WHERE id = $1',
      [reg.id],
    )
    expect(row).toMatchObject({ review_status: 'pending', owner_id: t.seed.users['staff1']?.id })
    expect(Number(row?.amount_collected)).toBe(VSI_NEAR_POOR_12)
  })

  it('accepts a household HI registration (rank 1 × 12 months → 1,366,200)', async () => {
    const reg = registration({ participants: [hiPerson()] })
    expect(reg.payment?.amountCollected).toBe(HI_RANK1_12)
    const res = await push(staff1, [reg])
    expect(res.body.results[0].status).toBe('accepted')
  })

  it('answers a retry with duplicate and never stores a second row', async () => {
    const reg = registration()
    expect((await push(staff1, [reg])).body.results[0].status).toBe('accepted')
    const again = await push(staff1, [reg])
    expect(again.body.results).toEqual([{ id: reg.id, revision: 1, status: 'duplicate' }])
    // Same content with keys in another order is still the same registration.
    const reordered = Object.fromEntries(Object.entries(reg).reverse())
    expect((await push(staff1, [reordered])).body.results[0].status).toBe('duplicate')
    expect(await rowCount(reg.id)).toBe(1)
    const revs = await t.db.query('SELECT 1 FROM registration_revisions WHERE registration_id = $1', [reg.id])
    expect(revs).toHaveLength(1)
  })

  it('rejects per field without blocking the rest of the batch', async () => {
    const good1 = registration()
    const badId = registration({ participants: [vsiPerson({ idNumber: '12345' })] })
    const wrongAmount = registration({
      participants: [
        vsiPerson({
          vsi: { monthlyIncome: 1_500_000, months: 12, supportGroup: 'NEAR_POOR', amountDue: 2_000_000 },
        }),
      ],
    })
    const good2 = registration({ participants: [hiPerson()] })
    const res = await push(staff1, [good1, badId, wrongAmount, good2])
    expect(res.status).toBe(200)
    const [r1, r2, r3, r4] = res.body.results
    expect(r1).toMatchObject({ id: good1.id, status: 'accepted' })
    expect(r2).toMatchObject({ id: badId.id, revision: 1, status: 'rejected' })
    expect(r2.errors).toContainEqual(
      expect.objectContaining({ path: 'participants.0.idNumber', code: 'invalid_id_number' }),
    )
    expect(r3.status).toBe('rejected')
    expect(r3.errors).toContainEqual({
      path: 'participants.0.vsi.amountDue',
      code: 'amount_mismatch',
      message: expect.any(String),
      details: { expected: VSI_NEAR_POOR_12, received: 2_000_000 },
    })
    expect(r4).toMatchObject({ id: good2.id, status: 'accepted' })
    expect(await rowCount(badId.id)).toBe(0)
    expect(await rowCount(wrongAmount.id)).toBe(0)
  })

  it('rejects a collected amount that is not the sum of the quotes', async () => {
    const reg = registration()
    reg.payment = { method: 'cash', amountCollected: VSI_NEAR_POOR_12 + 1000, receiptNo: 'LC001-000009' }
    const [r] = (await push(staff1, [reg])).body.results
    expect(r.status).toBe('rejected')
    expect(r.errors[0]).toMatchObject({
      path: 'payment.amountCollected',
      code: 'amount_mismatch',
      details: { expected: VSI_NEAR_POOR_12, received: VSI_NEAR_POOR_12 + 1000 },
    })
  })

  it('rejects records that are not registrations at all, each in its place', async () => {
    const good = registration()
    const res = await push(staff1, [null, 42, { id: 'x' }, good])
    expect(res.status).toBe(200)
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual([
      'rejected',
      'rejected',
      'rejected',
      'accepted',
    ])
    expect(res.body.results[2].id).toBe('x')
  })

  it('rejects an unknown event, a device that is not the caller’s, and a date with no rules', async () => {
    const unknownEvent = registration({ eventId: 'no-such-event' })
    const otherDevice = registration({ deviceId: DEVICE_2 })
    const ancient = registration({ collectedAt: '2019-01-10T09:00:00+07:00' })
    const [a, b, c] = (await push(staff1, [unknownEvent, otherDevice, ancient])).body.results
    expect(a.errors[0]).toMatchObject({ path: 'eventId', code: 'unknown_code' })
    expect(b.errors[0]).toMatchObject({ path: 'deviceId' })
    expect(c).toMatchObject({ status: 'rejected', errors: [{ path: 'collectedAt', code: 'out_of_range' }] })
  })

  it('rejects a commune code of another province (it decides the top-up and the tally’s commune)', async () => {
    const reg = registration({
      participants: [
        vsiPerson({ address: { provinceCode: '15', communeCode: '00004', commune: 'Phường Ba Đình' } }),
      ],
    })
    const [result] = (await push(staff1, [reg])).body.results
    expect(result).toMatchObject({
      status: 'rejected',
      errors: [{ path: 'participants.0.address.communeCode', code: 'unknown_code' }],
    })
    expect(await rowCount(reg.id)).toBe(0)
  })

  it('keeps a participant’s TK1-TS signature with the record, and refuses one that is not a path of ours', async () => {
    const signature = { svgPath: 'M60 100L120 50M300 100L360 150', signedAt: '2026-11-25T09:40:00+07:00' }
    const signed = registration({ participants: [vsiPerson({ idNumber: freshIdNumber(), signature })] })
    expect((await push(staff1, [signed])).body.results[0].status).toBe('accepted')
    const detail = await t.call('GET', `/api/registrations/${signed.id}`, { token: staff1 })
    expect(detail.body.registration.participants[0].signature).toEqual(signature)
    expect(t.logLines.join('\n')).not.toContain(signature.svgPath)

    const forged = registration({
      participants: [
        vsiPerson({ idNumber: freshIdNumber(), signature: { ...signature, svgPath: '<script>' } }),
      ],
    })
    const [result] = (await push(staff1, [forged])).body.results
    expect(result).toMatchObject({
      status: 'rejected',
      errors: [{ path: 'participants.0.signature.svgPath' }],
    })
  })

  it('answers 403 when the envelope deviceId is not the caller’s device', async () => {
    const res = await push(staff1, [registration()], DEVICE_2)
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('device_not_registered')
    expect((await push(staff1, [], '99999999-9999-4999-8999-999999999999')).status).toBe(403)
  })

  it('answers 401 without a token', async () => {
    expect(
      (await t.call('POST', '/api/sync/push', { json: { deviceId: DEVICE_1, registrations: [] } })).status,
    ).toBe(401)
  })

  describe('conflicts', () => {
    it('a lower revision than stored', async () => {
      const v2 = registration({ revision: 2 })
      expect((await push(staff1, [v2])).body.results[0].status).toBe('accepted')
      const v1 = { ...v2, revision: 1, note: 'older' }
      expect((await push(staff1, [v1])).body.results[0]).toMatchObject({
        status: 'conflict',
        reason: 'stale_revision',
      })
    })

    it('the same revision with different content', async () => {
      const reg = registration()
      await push(staff1, [reg])
      const changed = { ...reg, note: 'changed without a new revision' }
      expect((await push(staff1, [changed])).body.results[0]).toMatchObject({
        status: 'conflict',
        reason: 'content_differs',
      })
      const [row] = await t.db.query<{ record: { note?: string } }>(
        'SELECT record FROM registrations WHERE id = $1',
        [reg.id],
      )
      expect(row?.record.note).toBeUndefined()
    })

    it('an id owned by another account, even with identical content', async () => {
      const reg = registration()
      await push(staff1, [reg])
      const asStaff2 = { ...reg, deviceId: DEVICE_2 }
      expect((await push(staff2, [asStaff2], DEVICE_2)).body.results[0]).toMatchObject({
        status: 'conflict',
        reason: 'other_owner',
      })
      expect((await push(staff2, [{ ...asStaff2, revision: 5 }], DEVICE_2)).body.results[0].status).toBe(
        'conflict',
      )
      const [row] = await t.db.query<{ owner_id: string; revision: number }>(
        'SELECT owner_id, revision FROM registrations WHERE id = $1',
        [reg.id],
      )
      expect(row).toEqual({ owner_id: t.seed.users['staff1']?.id, revision: 1 })
    })
  })

  it('accepts a higher revision of the caller’s own registration and sends it back to pending', async () => {
    const reg = registration()
    await push(staff1, [reg])
    const super1 = await t.signIn('super1')
    const ret = await t.call('POST', `/api/registrations/${reg.id}/review`, {
      token: super1,
      json: { revision: 1, decision: 'return', comment: 'Sai ngày sinh' },
    })
    expect(ret.status).toBe(200)
    const v2 = { ...reg, revision: 2, participants: [vsiPerson({ dateOfBirth: '1990-04-03' })] }
    expect((await push(staff1, [v2])).body.results[0]).toEqual({
      id: reg.id,
      revision: 2,
      status: 'accepted',
    })
    const [row] = await t.db.query<{
      review_status: string
      revision: number
      review_comment: string | null
    }>('SELECT review_status, revision, review_comment FROM registrations WHERE id = $1', [reg.id])
    expect(row).toEqual({ review_status: 'pending', revision: 2, review_comment: null })
    // Every revision is kept; resending the old one after a lost answer is still a duplicate.
    const revs = await t.db.query(
      'SELECT revision FROM registration_revisions WHERE registration_id = $1 ORDER BY 1',
      [reg.id],
    )
    expect(revs).toEqual([{ revision: 1 }, { revision: 2 }])
    expect((await push(staff1, [reg])).body.results[0].status).toBe('duplicate')
  })

  it('keeps a rejection final: a later revision is a conflict', async () => {
    const reg = registration()
    await push(staff1, [reg])
    const super1 = await t.signIn('super1')
    await t.call('POST', `/api/registrations/${reg.id}/review`, {
      token: super1,
      json: { revision: 1, decision: 'reject', comment: 'Người này đã có BHXH bắt buộc' },
    })
    expect((await push(staff1, [{ ...reg, revision: 2 }])).body.results[0]).toMatchObject({
      status: 'conflict',
      reason: 'final',
    })
  })

  it('answers results in request order for a mixed batch and audits each write once', async () => {
    const a = registration()
    const b = registration({ participants: [hiPerson()] })
    await push(staff1, [a])
    const res = await push(staff1, [b, a, { ...a, revision: 2 }])
    expect(res.body.results.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([
      [b.id, 'accepted'],
      [a.id, 'duplicate'],
      [a.id, 'accepted'],
    ])
    const audit = await t.db.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE entity = 'registration' AND entity_id = $1 ORDER BY id",
      [a.id],
    )
    expect(audit.map((r) => r.action)).toEqual(['registration.create', 'registration.update'])
  })

  it('handles concurrent pushes of the same registration without a second row or a 5xx', async () => {
    const reg = registration()
    const answers = await Promise.all([push(staff1, [reg]), push(staff1, [reg]), push(staff1, [reg])])
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200])
    const statuses = answers.map((a) => a.body.results[0].status).sort()
    expect(statuses).toEqual(['accepted', 'duplicate', 'duplicate'])
    expect(await rowCount(reg.id)).toBe(1)
  })
})

describe('a push nobody waits for any more', () => {
  it('stops at the next registration when the phone has gone, storing nothing more', async () => {
    const regs = [registration(), registration()]
    const gone = new AbortController()
    gone.abort()
    await t.app.request('/api/sync/push', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${staff1}` },
      body: JSON.stringify({ deviceId: DEVICE_1, registrations: regs }),
      signal: gone.signal,
    })
    for (const reg of regs) expect(await rowCount(reg.id)).toBe(0)
    // The phone's retry is served in full.
    const retry = await push(staff1, regs)
    expect(retry.body.results.map((r: { status: string }) => r.status)).toEqual(['accepted', 'accepted'])
  })
})
