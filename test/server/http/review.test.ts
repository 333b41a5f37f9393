import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, DEVICE_3, freshIdNumber, registration, vsiPerson } from '../helpers/registrations.ts'

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

async function pushed(token = staff1, deviceId = DEVICE_1) {
  // A person of their own: the same ID number twice would be a hard flag needing an override.
  const reg = registration({ deviceId, participants: [vsiPerson({ idNumber: freshIdNumber() })] })
  const res = await t.call('POST', '/api/sync/push', { token, json: { deviceId, registrations: [reg] } })
  expect(res.body.results[0].status).toBe('accepted')
  return reg
}

const review = (token: string, id: string, json: unknown) =>
  t.call('POST', `/api/registrations/${id}/review`, { token, json })

describe('POST /api/registrations/:id/review', () => {
  it('approves the latest pending revision and records who and when', async () => {
    const reg = await pushed()
    const res = await review(super1, reg.id, { revision: 1, decision: 'approve' })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      status: 'approved',
      decidedBy: 'super1',
      decidedAt: t.clock.now.toISOString(),
      revision: 1,
    })
    const audit = await t.db.query<{ action: string; detail: unknown }>(
      "SELECT action, detail FROM audit_log WHERE entity_id = $1 AND action = 'registration.review'",
      [reg.id],
    )
    expect(audit).toEqual([{ action: 'registration.review', detail: { revision: 1, decision: 'approve' } }])
  })

  it('requires a comment to return or reject', async () => {
    const reg = await pushed()
    for (const decision of ['return', 'reject']) {
      for (const comment of [undefined, '', '   ']) {
        const res = await review(super1, reg.id, {
          revision: 1,
          decision,
          ...(comment !== undefined ? { comment } : {}),
        })
        expect(res.status).toBe(400)
        expect(res.body.error.details.issues[0].path).toBe('comment')
      }
    }
    expect((await review(super1, reg.id, { revision: 1, decision: 'maybe' })).status).toBe(400)
  })

  it('answers 409 when the revision is not the latest', async () => {
    const reg = await pushed()
    await t.call('POST', '/api/sync/push', {
      token: staff1,
      json: {
        deviceId: DEVICE_1,
        registrations: [
          {
            ...reg,
            revision: 2,
            participants: [
              { ...vsiPerson({ fullName: 'Hoàng Thị Lân' }), idNumber: reg.participants[0]?.idNumber ?? '' },
            ],
          },
        ],
      },
    })
    const res = await review(super1, reg.id, { revision: 1, decision: 'approve' })
    expect(res.status).toBe(409)
    expect(res.body.error).toMatchObject({ code: 'stale_revision', details: { latestRevision: 2 } })
    expect((await review(super1, reg.id, { revision: 2, decision: 'approve' })).status).toBe(200)
  })

  it('decides only pending registrations', async () => {
    const reg = await pushed()
    expect(
      (await review(super1, reg.id, { revision: 1, decision: 'return', comment: 'Sửa địa chỉ' })).status,
    ).toBe(200)
    const again = await review(super1, reg.id, { revision: 1, decision: 'approve' })
    expect(again.status).toBe(409)
    expect(again.body.error).toMatchObject({ code: 'not_pending', details: { status: 'returned' } })
    const detail = await t.call('GET', `/api/registrations/${reg.id}`, { token: super1 })
    expect(detail.body.reviews).toEqual([
      expect.objectContaining({
        revision: 1,
        decision: 'return',
        status: 'returned',
        comment: 'Sửa địa chỉ',
        decidedBy: 'super1',
        // The name the audit log and the other screens show for the same person.
        decidedByName: 'Tổ trưởng tổ A',
      }),
    ])
  })

  it('lets a supervisor decide only for their own team; an admin decides any', async () => {
    const teamB = await pushed(staff3, DEVICE_3)
    const res = await review(super1, teamB.id, { revision: 1, decision: 'approve' })
    expect(res.status).toBe(404)
    expect((await review(admin, teamB.id, { revision: 1, decision: 'approve' })).status).toBe(200)
  })

  it('is forbidden to staff', async () => {
    const reg = await pushed()
    const res = await review(staff1, reg.id, { revision: 1, decision: 'approve' })
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('forbidden')
  })

  it('answers 404 for an unknown or malformed id', async () => {
    expect(
      (await review(super1, 'aaaaaaaa-0000-4000-8000-ffffffffffff', { revision: 1, decision: 'approve' }))
        .status,
    ).toBe(404)
    expect((await review(super1, 'not-a-uuid', { revision: 1, decision: 'approve' })).status).toBe(404)
  })
})
