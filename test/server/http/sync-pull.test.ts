import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, DEVICE_2, registration } from '../helpers/registrations.ts'

let t: TestApp
let staff1: string
let staff2: string
let super1: string

beforeAll(async () => {
  t = await createTestApp()
  staff1 = (await t.staffDevice('staff1', DEVICE_1)).token
  staff2 = (await t.staffDevice('staff2', DEVICE_2)).token
  super1 = await t.signIn('super1')
})
afterAll(() => t.close())

const pull = (token: string, cursor?: string) =>
  t.call('GET', `/api/sync/pull${cursor !== undefined ? `?cursor=${cursor}` : ''}`, { token })

describe('GET /api/sync/pull', () => {
  it('returns review changes of the caller’s own registrations after the cursor, and only those', async () => {
    const a = registration()
    const b = registration()
    await t.call('POST', '/api/sync/push', {
      token: staff1,
      json: { deviceId: DEVICE_1, registrations: [a, b] },
    })
    const other = registration({ deviceId: DEVICE_2 })
    await t.call('POST', '/api/sync/push', {
      token: staff2,
      json: { deviceId: DEVICE_2, registrations: [other] },
    })

    const first = await pull(staff1)
    expect(first.status).toBe(200)
    expect(first.body.changes.map((c: { id: string }) => c.id)).toEqual([a.id, b.id])
    expect(first.body.changes[0]).toEqual({ id: a.id, revision: 1, review: { status: 'pending' } })
    const cursor = first.body.cursor as string

    expect((await pull(staff1, cursor)).body).toEqual({ changes: [], cursor, more: false })

    t.clock.set('2026-11-25T05:00:00Z')
    await t.call('POST', `/api/registrations/${b.id}/review`, {
      token: super1,
      json: { revision: 1, decision: 'return', comment: 'Thiếu số nhà' },
    })
    const after = await pull(staff1, cursor)
    expect(after.body.changes).toEqual([
      {
        id: b.id,
        revision: 1,
        review: {
          status: 'returned',
          comment: 'Thiếu số nhà',
          decidedBy: 'super1',
          decidedAt: '2026-11-25T05:00:00.000Z',
        },
      },
    ])
    expect(BigInt(after.body.cursor)).toBeGreaterThan(BigInt(cursor))
    expect((await pull(staff1, after.body.cursor)).body.changes).toEqual([])
    // staff2 never sees staff1's decisions.
    expect((await pull(staff2)).body.changes.map((c: { id: string }) => c.id)).toEqual([other.id])
  })

  it('rejects a cursor that is not a number', async () => {
    const res = await pull(staff1, 'abc')
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('invalid_cursor')
  })
})
