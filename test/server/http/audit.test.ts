import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, freshIdNumber, registration, vsiPerson } from '../helpers/registrations.ts'

let t: TestApp
let staff1: string
let super1: string
let admin: string
let reg: ReturnType<typeof registration>

beforeAll(async () => {
  t = await createTestApp()
  staff1 = (await t.staffDevice('staff1', DEVICE_1)).token
  super1 = await t.signIn('super1')
  admin = await t.signIn('admin')
  reg = registration({ participants: [vsiPerson({ idNumber: freshIdNumber() })] })
  const bad = { ...registration(), payment: null }
  t.clock.advance(60_000)
  await t.call('POST', '/api/sync/push', {
    token: staff1,
    json: { deviceId: DEVICE_1, registrations: [reg, bad] },
  })
  await t.call('POST', `/api/registrations/${reg.id}/review`, {
    token: super1,
    json: { revision: 1, decision: 'return', comment: 'Sai thôn' },
  })
  t.clock.advance(86_400_000)
  // A day later the 12-hour sessions have expired: everyone signs in again.
  staff1 = await t.signIn('staff1')
  super1 = await t.signIn('super1')
  admin = await t.signIn('admin')
  await t.call('POST', '/api/sync/push', {
    token: staff1,
    json: { deviceId: DEVICE_1, registrations: [{ ...reg, revision: 2, note: 'Đã sửa thôn' }] },
  })
  await t.call('POST', `/api/registrations/${reg.id}/review`, {
    token: super1,
    json: { revision: 2, decision: 'approve' },
  })
  await t.call('GET', '/api/exports/d05-ts.csv', { token: super1 })
  await t.call('POST', '/api/session', { json: { username: 'super1', password: 'wrong-password' } })
})
afterAll(() => t.close())

const audit = (query: string, token = admin) => t.call('GET', `/api/audit${query}`, { token })

describe('audit log', () => {
  it('shows a registration’s history: created, returned, corrected, approved — who and when', async () => {
    const res = await t.call('GET', `/api/registrations/${reg.id}`, { token: super1 })
    expect(
      res.body.history.map(
        (h: { action: string; actor: { username: string }; detail: { revision: number } }) => [
          h.action,
          h.actor.username,
          h.detail.revision,
        ],
      ),
    ).toEqual([
      ['registration.create', 'staff1', 1],
      ['registration.review', 'super1', 1],
      ['registration.update', 'staff1', 2],
      ['registration.review', 'super1', 2],
    ])
    expect(res.body.history[0]).toMatchObject({
      entity: 'registration',
      entityId: reg.id,
      at: expect.any(String),
    })
  })

  it('records sign-in, refused sign-in, each push answer and each export', async () => {
    const ofSuper = await audit(`?actorId=${t.seed.users['super1']?.id}&action=session.create`)
    expect(ofSuper.body.items).toHaveLength(2)
    const denied = await audit('?action=session.denied')
    expect(denied.body.items).toEqual([
      expect.objectContaining({
        actor: null,
        entity: 'user',
        entityId: t.seed.users['super1']?.id,
        detail: { reason: 'password' },
      }),
    ])
    const pushes = await audit('?action=sync.push')
    expect(pushes.body.items.map((i: { detail: unknown }) => i.detail)).toEqual([
      { received: 1, accepted: 1, duplicate: 0, rejected: 0, conflict: 0 },
      { received: 2, accepted: 1, duplicate: 0, rejected: 1, conflict: 0 },
    ])
    const exports = await audit('?entity=export')
    expect(exports.body.items.map((i: { action: string; detail: unknown }) => [i.action, i.detail])).toEqual([
      ['export.complete', { format: 'csv', rows: 1 }],
      ['export.download', { format: 'csv', status: 'approved', eventId: null }],
    ])
    // Never a name or an ID number in any entry.
    const everything = JSON.stringify((await t.db.query('SELECT detail FROM audit_log')).map((r) => r))
    expect(everything).not.toContain(reg.participants[0]?.idNumber ?? 'x')
    expect(everything).not.toContain('Hoàng')
    expect(everything).not.toContain('Sai thôn')
  })

  it('filters by entity id and Vietnam calendar day, newest first, with a cursor', async () => {
    const all = await audit(`?entityId=${reg.id}`)
    expect(all.body.items.map((i: { action: string }) => i.action)).toEqual([
      'registration.review',
      'registration.update',
      'registration.review',
      'registration.create',
    ])
    // Seeded at 10:00 in Vietnam on 25/11; the correction came the next day.
    const day1 = await audit(`?entityId=${reg.id}&from=2026-11-25&to=2026-11-25`)
    expect(day1.body.items).toHaveLength(2)
    const day2 = await audit(`?entityId=${reg.id}&from=2026-11-26`)
    expect(day2.body.items).toHaveLength(2)
    const first = await audit(`?entityId=${reg.id}&limit=3`)
    const rest = await audit(`?entityId=${reg.id}&limit=3&cursor=${first.body.cursor}`)
    expect([...first.body.items, ...rest.body.items].map((i: { id: string }) => i.id)).toEqual(
      all.body.items.map((i: { id: string }) => i.id),
    )
    expect(rest.body.cursor).toBeUndefined()
  })

  it('is for admins only, validated, and cannot be changed through the API or the database', async () => {
    expect((await audit('', super1)).status).toBe(403)
    expect((await audit('', staff1)).status).toBe(403)
    for (const q of [
      '?from=25/11/2026',
      '?limit=500',
      '?actorId=staff1',
      '?from=2026-11-26&to=2026-11-25',
      '?cursor=abc',
    ]) {
      expect((await audit(q)).status, q).toBe(400)
    }
    for (const method of ['POST', 'PATCH', 'DELETE', 'PUT']) {
      expect((await t.call(method, '/api/audit', { token: admin, json: {} })).status).toBe(404)
    }
    await expect(t.db.query("UPDATE audit_log SET action = 'x'")).rejects.toThrow(/append-only/)
    await expect(t.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/)
    await expect(t.db.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/)
  })
})
