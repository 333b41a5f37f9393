// Issue #10 item 7: an office-wide event (no team) changes only by the admin; a supervisor edits only their
// own team's events and can neither take an office-wide one nor make theirs office-wide.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../../src/server/demo/demo-accounts.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'

let t: TestApp
let super1: string
let admin: string

beforeAll(async () => {
  t = await createTestApp()
  super1 = await t.signIn('super1')
  admin = await t.signIn('admin')
})
afterAll(() => t.close())

const base = {
  name: 'Tuần lễ bưu điện Bát Xát',
  kind: 'post_office_week',
  startsOn: '2026-12-01',
  endsOn: '2026-12-07',
  provinceCode: '15',
  commune: 'Xã Bát Xát',
}

it('leaves office-wide events to the admin: a supervisor can neither edit nor take one (#10)', async () => {
  const office = await t.call('POST', '/api/events', { token: admin, json: base })
  expect(office.body.teamId).toBeNull()
  const id = office.body.id as string
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
  const superB = await t.signIn('super-b')
  for (const [token, json] of [
    [superB, { teamId: 'team-b', name: 'Của tổ B' }],
    [superB, { name: 'Đổi tên' }],
    [super1, { teamId: 'team-a' }],
  ] as const) {
    const res = await t.call('PATCH', `/api/events/${id}`, { token, json })
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('forbidden')
  }
  const still = (await t.call('GET', '/api/events', { token: super1 })).body.find(
    (e: { id: string }) => e.id === id,
  )
  expect(still).toMatchObject({ teamId: null, name: base.name })
  // A supervisor cannot make their own team's event office-wide either; the admin can.
  const own = await t.call('POST', '/api/events', { token: super1, json: { ...base, teamId: 'team-a' } })
  const release = await t.call('PATCH', `/api/events/${own.body.id}`, {
    token: super1,
    json: { teamId: null },
  })
  expect(release.status).toBe(403)
  const patched = await t.call('PATCH', `/api/events/${id}`, { token: admin, json: { teamId: 'team-b' } })
  expect(patched.status).toBe(200)
})
