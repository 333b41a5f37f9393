import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../../src/server/demo/demo-accounts.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, DEVICE_3, freshIdNumber, registration, vsiPerson } from '../helpers/registrations.ts'

let t: TestApp
let super1: string
let admin: string

beforeAll(async () => {
  t = await createTestApp()
  super1 = await t.signIn('super1')
  admin = await t.signIn('admin')
})
afterAll(() => t.close())

const actions = async (entityId: string) =>
  (
    await t.db.query<{ action: string }>('SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id', [
      entityId,
    ])
  ).map((r) => r.action)

describe('events', () => {
  const base = {
    name: 'Tuần lễ bưu điện Bát Xát',
    kind: 'post_office_week',
    startsOn: '2026-12-01',
    endsOn: '2026-12-07',
    provinceCode: '15',
    commune: 'Xã Bát Xát',
  }

  it('lets a supervisor create and edit their team’s events, not another team’s', async () => {
    const created = await t.call('POST', '/api/events', {
      token: super1,
      json: { ...base, teamId: 'team-a' },
    })
    expect(created.status).toBe(201)
    expect(created.body.teamId).toBe('team-a')
    const id = created.body.id as string
    const patched = await t.call('PATCH', `/api/events/${id}`, {
      token: super1,
      json: { name: 'Tuần lễ bưu điện xã Bát Xát', endsOn: '2026-12-08' },
    })
    expect(patched.status).toBe(200)
    expect(patched.body).toMatchObject({
      ...base,
      id,
      name: 'Tuần lễ bưu điện xã Bát Xát',
      endsOn: '2026-12-08',
    })
    expect(await actions(id)).toEqual(['event.create', 'event.update'])

    const teamB = await t.call('POST', '/api/events', { token: admin, json: { ...base, teamId: 'team-b' } })
    const other = await t.call('PATCH', `/api/events/${teamB.body.id}`, {
      token: super1,
      json: { name: 'Đổi tên' },
    })
    expect(other.status).toBe(403)
    const handOver = await t.call('PATCH', `/api/events/${id}`, { token: super1, json: { teamId: 'team-b' } })
    expect(handOver.status).toBe(403)
    expect(
      (await t.call('PATCH', `/api/events/${id}`, { token: admin, json: { teamId: null } })).body.teamId,
    ).toBeNull()
  })

  it('validates the patch against the stored dates and known teams', async () => {
    const { body } = await t.call('POST', '/api/events', { token: admin, json: base })
    const backwards = await t.call('PATCH', `/api/events/${body.id}`, {
      token: admin,
      json: { endsOn: '2026-11-30' },
    })
    expect(backwards.status).toBe(400)
    expect(backwards.body.error.details.issues[0].path).toBe('endsOn')
    const noTeam = await t.call('PATCH', `/api/events/${body.id}`, {
      token: admin,
      json: { teamId: 'team-z' },
    })
    expect(noTeam.status).toBe(400)
    expect((await t.call('PATCH', `/api/events/${body.id}`, { token: admin, json: {} })).status).toBe(400)
    expect(
      (await t.call('PATCH', '/api/events/nope', { token: admin, json: { name: 'Không có' } })).status,
    ).toBe(404)
    const staff = await t.signIn('staff1')
    expect(
      (await t.call('PATCH', `/api/events/${body.id}`, { token: staff, json: { name: 'Sửa' } })).status,
    ).toBe(403)
  })
})

describe('accounts and teams', () => {
  it('lists all accounts to an admin and the own team to a supervisor', async () => {
    const all = await t.call('GET', '/api/users', { token: admin })
    expect(all.body.map((u: { username: string }) => u.username)).toEqual([
      'admin',
      'staff1',
      'staff2',
      'staff3',
      'super1',
    ])
    expect(all.body[0]).toEqual({
      id: t.seed.users['admin']?.id,
      username: 'admin',
      displayName: 'Quản trị viên',
      role: 'admin',
      teamId: null,
      disabled: false,
      createdAt: expect.any(String),
    })
    expect(JSON.stringify(all.body)).not.toContain('scrypt')
    const team = await t.call('GET', '/api/users', { token: super1 })
    expect(team.body.map((u: { username: string }) => u.username)).toEqual(['staff1', 'staff2', 'super1'])
    expect((await t.call('POST', '/api/users', { token: super1, json: {} })).status).toBe(403)
  })

  it('creates teams and accounts that can sign in; refuses duplicates and staff without a team', async () => {
    const team = await t.call('POST', '/api/teams', {
      token: admin,
      json: { id: 'team-c', name: 'Tổ thu C — Y Tý' },
    })
    expect(team.status).toBe(201)
    expect(
      (await t.call('POST', '/api/teams', { token: admin, json: { id: 'team-c', name: 'Lần nữa' } })).status,
    ).toBe(409)
    expect((await t.call('POST', '/api/teams', { token: super1, json: { name: 'Tổ D' } })).status).toBe(403)
    const account = {
      username: 'Staff9',
      displayName: 'Cán bộ thu 9',
      role: 'staff',
      teamId: 'team-c',
      password: 'mat-khau-9',
    }
    const created = await t.call('POST', '/api/users', { token: admin, json: account })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      username: 'staff9',
      role: 'staff',
      teamId: 'team-c',
      disabled: false,
    })
    expect((await t.call('POST', '/api/users', { token: admin, json: account })).status).toBe(409)
    const noTeam = await t.call('POST', '/api/users', {
      token: admin,
      json: { ...account, username: 'staff10', teamId: null },
    })
    expect(noTeam.status).toBe(400)
    expect(noTeam.body.error.details.issues[0].path).toBe('teamId')
    const unknownTeam = await t.call('POST', '/api/users', {
      token: admin,
      json: { ...account, username: 'staff11', teamId: 'team-q' },
    })
    expect(unknownTeam.status).toBe(400)
    const session = await t.call('POST', '/api/session', {
      json: { username: 'staff9', password: 'mat-khau-9' },
    })
    expect(session.status).toBe(200)
    const teams = await t.call('GET', '/api/teams', { token: super1 })
    expect(teams.body).toContainEqual({ id: 'team-c', name: 'Tổ thu C — Y Tý', members: 1 })
    expect(await actions(created.body.id)).toEqual(['user.create', 'session.create'])
    // The password is nowhere in the audit log.
    expect(JSON.stringify(await t.db.query('SELECT detail FROM audit_log'))).not.toContain('mat-khau-9')
  })

  it('disabling an account signs it out at once', async () => {
    const { body: user } = await t.call('POST', '/api/users', {
      token: admin,
      json: {
        username: 'staff12',
        displayName: 'Cán bộ 12',
        role: 'staff',
        teamId: 'team-a',
        password: 'mat-khau-12',
      },
    })
    const token = (
      await t.call('POST', '/api/session', { json: { username: 'staff12', password: 'mat-khau-12' } })
    ).body.token
    expect((await t.call('GET', '/api/session', { token })).status).toBe(200)
    const res = await t.call('PATCH', `/api/users/${user.id}`, { token: admin, json: { disabled: true } })
    expect(res.status).toBe(200)
    expect(res.body.disabled).toBe(true)
    expect((await t.call('GET', '/api/session', { token })).status).toBe(401)
    const again = await t.call('POST', '/api/session', {
      json: { username: 'staff12', password: 'mat-khau-12' },
    })
    expect(again.status).toBe(401)
    expect(await actions(user.id)).toEqual(['user.create', 'session.create', 'user.update', 'session.denied'])
  })

  it('a password reset revokes every session of the account at once', async () => {
    const staff2 = t.seed.users['staff2']?.id ?? ''
    const old = await t.signIn('staff2')
    const res = await t.call('POST', `/api/users/${staff2}/password`, {
      token: admin,
      json: { password: 'moi-mat-khau' },
    })
    expect(res.status).toBe(204)
    expect((await t.call('GET', '/api/session', { token: old })).status).toBe(401)
    expect(
      (await t.call('POST', '/api/session', { json: { username: 'staff2', password: DEMO_PASSWORD } }))
        .status,
    ).toBe(401)
    expect(
      (await t.call('POST', '/api/session', { json: { username: 'staff2', password: 'moi-mat-khau' } }))
        .status,
    ).toBe(200)
    expect(
      (await t.call('POST', `/api/users/${staff2}/password`, { token: admin, json: { password: 'short' } }))
        .status,
    ).toBe(400)
    expect(
      (
        await t.call('POST', `/api/users/${staff2}/password`, {
          token: super1,
          json: { password: 'moi-mat-khau-2' },
        })
      ).status,
    ).toBe(403)
    const audit = await t.db.query<{ detail: unknown }>(
      "SELECT detail FROM audit_log WHERE entity_id = $1 AND action = 'user.password_reset'",
      [staff2],
    )
    expect(audit).toEqual([{ detail: { sessionsRevoked: 1 } }])
  })

  it('changes role and team with effect on the next request; an admin cannot lock themselves out', async () => {
    const staff3 = t.seed.users['staff3']?.id ?? ''
    const token = await t.signIn('staff3')
    expect((await t.call('GET', '/api/users', { token })).status).toBe(403)
    const res = await t.call('PATCH', `/api/users/${staff3}`, { token: admin, json: { role: 'supervisor' } })
    expect(res.body).toMatchObject({ role: 'supervisor', teamId: 'team-b' })
    expect(
      (await t.call('GET', '/api/users', { token })).body.map((u: { username: string }) => u.username),
    ).toEqual(['staff3'])
    const me = t.seed.users['admin']?.id ?? ''
    for (const json of [{ disabled: true }, { role: 'staff', teamId: 'team-a' }]) {
      const self = await t.call('PATCH', `/api/users/${me}`, { token: admin, json })
      expect(self.status).toBe(409)
      expect(self.body.error.code).toBe('self_lockout')
    }
    expect(
      (await t.call('PATCH', `/api/users/${staff3}`, { token: admin, json: { role: 'bogus' } })).status,
    ).toBe(400)
    expect(
      (await t.call('PATCH', `/api/users/${staff3}`, { token: admin, json: { teamId: null } })).status,
    ).toBe(400)
    expect(
      (
        await t.call('PATCH', '/api/users/aaaaaaaa-0000-4000-8000-ffffffffffff', {
          token: admin,
          json: { disabled: true },
        })
      ).status,
    ).toBe(404)
  })
})

describe('devices', () => {
  it('lists devices in scope and revokes one with effect on the very next push', async () => {
    const { token } = await t.staffDevice('staff1', DEVICE_1)
    const { token: tokenB } = await t.staffDevice('staff3', DEVICE_3)
    const reg = () => registration({ participants: [vsiPerson({ idNumber: freshIdNumber() })] })
    const push = () =>
      t.call('POST', '/api/sync/push', { token, json: { deviceId: DEVICE_1, registrations: [reg()] } })
    expect((await push()).body.results[0].status).toBe('accepted')

    const all = await t.call('GET', '/api/devices', { token: admin })
    expect(all.body.map((d: { deviceId: string }) => d.deviceId).sort()).toEqual([DEVICE_1, DEVICE_3].sort())
    const mine = await t.call('GET', '/api/devices', { token: super1 })
    expect(mine.body).toEqual([
      {
        deviceId: DEVICE_1,
        label: null,
        receiptPrefix: expect.stringMatching(/^LC\d{3}$/),
        registeredBy: { id: t.seed.users['staff1']?.id, username: 'staff1', displayName: 'Cán bộ thu 1' },
        users: [{ id: t.seed.users['staff1']?.id, username: 'staff1', displayName: 'Cán bộ thu 1' }],
        createdAt: expect.any(String),
        revokedAt: null,
        lastPushAt: t.clock.now.toISOString(),
      },
    ])
    // Another team's phone is not the supervisor's to revoke (and not shown).
    expect((await t.call('POST', `/api/devices/${DEVICE_3}/revoke`, { token: super1 })).status).toBe(404)
    expect((await t.call('POST', `/api/devices/${DEVICE_1}/revoke`, { token })).status).toBe(403)

    const revoked = await t.call('POST', `/api/devices/${DEVICE_1}/revoke`, { token: super1 })
    expect(revoked.status).toBe(200)
    expect(revoked.body.revokedAt).toBe(t.clock.now.toISOString())
    const refused = await push()
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe('device_revoked')
    const again = await t.call('POST', '/api/devices', { token, json: { deviceId: DEVICE_1 } })
    expect(again.status).toBe(403)
    expect(again.body.error.code).toBe('device_revoked')
    // Other phones keep working; revoking twice changes nothing.
    const other = await t.call('POST', '/api/sync/push', {
      token: tokenB,
      json: { deviceId: DEVICE_3, registrations: [{ ...reg(), deviceId: DEVICE_3 }] },
    })
    expect(other.body.results[0].status).toBe('accepted')
    expect((await t.call('POST', `/api/devices/${DEVICE_1}/revoke`, { token: admin })).status).toBe(200)
    expect((await actions(DEVICE_1)).filter((a) => a === 'device.revoke')).toHaveLength(1)
  })
})
