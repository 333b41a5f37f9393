// Issue #6, point 5: revoking a token, an account or a device takes effect on the very next request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../../src/server/demo/demo-accounts.ts'
import { DEVICE_1, DEVICE_2, freshIdNumber, registration, vsiPerson } from '../helpers/registrations.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'

let t: TestApp
let admin = ''
beforeAll(async () => {
  t = await createTestApp()
  admin = await t.signIn('admin')
})
afterAll(() => t.close())

const me = (token: string) => t.call('GET', '/api/session', { token }).then((r) => r.status)
const userId = (username: string) => t.seed.users[username]?.id as string

describe('revocation takes effect at once', () => {
  it('DELETE /api/session kills that token only', async () => {
    const a = await t.signIn('staff1')
    const b = await t.signIn('staff1')
    expect(await me(a)).toBe(200)
    expect((await t.call('DELETE', '/api/session', { token: a })).status).toBe(204)
    expect(await me(a)).toBe(401)
    expect((await t.call('GET', '/api/sync/pull', { token: a })).status).toBe(401)
    expect(await me(b)).toBe(200)
    // Signing out twice is a 401, not a new revocation.
    expect((await t.call('DELETE', '/api/session', { token: a })).status).toBe(401)
  })

  it('a password reset revokes every session of the account, not other accounts’', async () => {
    const a = await t.signIn('staff2')
    const b = await t.signIn('staff2')
    const other = await t.signIn('staff3')
    const res = await t.call('POST', `/api/users/${userId('staff2')}/password`, {
      token: admin,
      json: { password: 'mat-khau-moi-2026' },
    })
    expect(res.status).toBe(204)
    expect(await me(a)).toBe(401)
    expect(await me(b)).toBe(401)
    expect(await me(other)).toBe(200)
    expect(
      (await t.call('POST', '/api/session', { json: { username: 'staff2', password: DEMO_PASSWORD } }))
        .status,
    ).toBe(401)
    const fresh = await t.call('POST', '/api/session', {
      json: { username: 'staff2', password: 'mat-khau-moi-2026' },
    })
    expect(fresh.status).toBe(200)
  })

  it('disabling an account revokes its sessions; enabling it again does not bring them back', async () => {
    const token = await t.signIn('staff3')
    const patch = (disabled: boolean) =>
      t.call('PATCH', `/api/users/${userId('staff3')}`, { token: admin, json: { disabled } })
    expect((await patch(true)).status).toBe(200)
    expect(await me(token)).toBe(401)
    expect(
      (await t.call('POST', '/api/session', { json: { username: 'staff3', password: DEMO_PASSWORD } }))
        .status,
    ).toBe(401)
    expect((await patch(false)).status).toBe(200)
    expect(await me(token)).toBe(401)
    expect(await me(await t.signIn('staff3'))).toBe(200)
  })

  it('a demoted supervisor loses review and team reads on the next request', async () => {
    const token = await t.signIn('super1')
    expect((await t.call('GET', '/api/users', { token })).status).toBe(200)
    await t.call('PATCH', `/api/users/${userId('super1')}`, { token: admin, json: { role: 'staff' } })
    expect((await t.call('GET', '/api/users', { token })).status).toBe(403)
    expect((await t.call('GET', '/api/exports/d05-ts.csv', { token })).status).toBe(403)
    await t.call('PATCH', `/api/users/${userId('super1')}`, { token: admin, json: { role: 'supervisor' } })
    expect((await t.call('GET', '/api/users', { token })).status).toBe(200)
  })

  it('a revoked device: its next push is 403 device_revoked, it cannot re-register, other devices go on', async () => {
    const { token, receiptPrefix } = await t.staffDevice('staff1', DEVICE_1)
    await t.call('POST', '/api/devices', { token, json: { deviceId: DEVICE_2 } })
    const push = (deviceId: string) =>
      t.call('POST', '/api/sync/push', {
        token,
        json: {
          deviceId,
          registrations: [
            registration(
              { deviceId, participants: [vsiPerson({ idNumber: freshIdNumber() })] },
              receiptPrefix,
            ),
          ],
        },
      })
    expect((await push(DEVICE_1)).body.results[0].status).toBe('accepted')
    const supervisor = await t.signIn('super1')
    const revoked = await t.call('POST', `/api/devices/${DEVICE_1}/revoke`, { token: supervisor })
    expect(revoked.status).toBe(200)
    expect(revoked.body.revokedAt).toEqual(expect.any(String))
    const refused = await push(DEVICE_1)
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe('device_revoked')
    expect((await t.call('POST', '/api/devices', { token, json: { deviceId: DEVICE_1 } })).status).toBe(403)
    // Another account cannot adopt the revoked phone either: it is not theirs (issue #10).
    const other = await t.signIn('super1')
    expect(
      (await t.call('POST', '/api/devices', { token: other, json: { deviceId: DEVICE_1 } })).status,
    ).toBe(409)
    // The account and its other phone are fine.
    expect((await push(DEVICE_2)).status).toBe(200)
    expect(await me(token)).toBe(200)
  })
})
