// Issue #10 item 6: a device id belongs to the account that registered it first. staff3 (team B) posting
// staff1's device id used to get 200 and staff1's receipt prefix; team B's supervisor then saw and revoked
// staff1's phone, and staff1's next push was refused.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../../src/server/demo/demo-accounts.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, DEVICE_3, freshIdNumber, registration, vsiPerson } from '../helpers/registrations.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

it('refuses another account’s device id and keeps it out of the other team’s reach', async () => {
  const admin = await t.signIn('admin')
  const made = await t.call('POST', '/api/users', {
    token: admin,
    json: {
      username: 'super-b',
      displayName: 'Tổ trưởng B',
      role: 'supervisor',
      teamId: 'team-b',
      password: DEMO_PASSWORD,
    },
  })
  expect(made.status).toBe(201)
  const staff1 = await t.staffDevice('staff1', DEVICE_1)
  const staff3 = await t.staffDevice('staff3', DEVICE_3)

  const taken = await t.call('POST', '/api/devices', { token: staff3.token, json: { deviceId: DEVICE_1 } })
  expect(taken.status).toBe(409)
  expect(taken.body.error.code).toBe('device_taken')
  expect(taken.text).not.toContain(staff1.receiptPrefix)
  // Nor may staff3 push from it.
  const push = await t.call('POST', '/api/sync/push', {
    token: staff3.token,
    json: { deviceId: DEVICE_1, registrations: [] },
  })
  expect(push.status).toBe(403)

  const superB = await t.signIn('super-b')
  const listed = await t.call('GET', '/api/devices', { token: superB })
  expect(listed.body.map((d: { deviceId: string }) => d.deviceId)).toEqual([DEVICE_3])
  expect((await t.call('POST', `/api/devices/${DEVICE_1}/revoke`, { token: superB })).status).toBe(404)

  // An old link of a team-B account (made before the rule) does not hand the device to team B either.
  await t.db.query('INSERT INTO device_users (device_id, user_id, created_at) VALUES ($1, $2, now())', [
    DEVICE_1,
    t.seed.users['staff3']?.id,
  ])
  expect(
    (await t.call('GET', '/api/devices', { token: superB })).body.map(
      (d: { deviceId: string }) => d.deviceId,
    ),
  ).toEqual([DEVICE_3])
  expect((await t.call('POST', `/api/devices/${DEVICE_1}/revoke`, { token: superB })).status).toBe(404)

  const mine = await t.call('POST', '/api/sync/push', {
    token: staff1.token,
    json: {
      deviceId: DEVICE_1,
      registrations: [
        registration({ participants: [vsiPerson({ idNumber: freshIdNumber() })] }, staff1.receiptPrefix),
      ],
    },
  })
  expect(mine.body.results[0].status).toBe('accepted')
})
