import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('POST /api/session', () => {
  it('signs in with the demo password and answers a token and the user', async () => {
    const res = await t.call('POST', '/api/session', {
      json: { username: 'super1', password: 'ghidanh-demo' },
    })
    expect(res.status).toBe(200)
    expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{40,}$/)
    expect(res.body.user).toMatchObject({
      username: 'super1',
      role: 'supervisor',
      displayName: expect.any(String),
    })
    expect(res.body.user.id).toBe(t.seed.users['super1']?.id)
    // Only the hash is stored.
    const rows = await t.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions')
    expect(rows.some((r) => r.token_hash === res.body.token)).toBe(false)
  })

  it('answers 401 for a wrong password or an unknown user, with the same message', async () => {
    const wrong = await t.call('POST', '/api/session', { json: { username: 'staff1', password: 'nope' } })
    const unknown = await t.call('POST', '/api/session', {
      json: { username: 'ghost', password: 'ghidanh-demo' },
    })
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(wrong.body).toEqual(unknown.body)
    expect(wrong.body.error.code).toBe('invalid_credentials')
  })

  it('answers 400 for a body without credentials', async () => {
    expect((await t.call('POST', '/api/session', { json: { username: 'staff1' } })).status).toBe(400)
    expect((await t.call('POST', '/api/session', { body: 'nope' })).status).toBe(400)
  })

  it('rejects a disabled account, even with a live token', async () => {
    const token = await t.signIn('staff2')
    expect((await t.call('GET', '/api/session', { token })).status).toBe(200)
    await t.db.query("UPDATE users SET disabled = true WHERE username = 'staff2'")
    expect((await t.call('GET', '/api/session', { token })).status).toBe(401)
    const res = await t.call('POST', '/api/session', {
      json: { username: 'staff2', password: 'ghidanh-demo' },
    })
    expect(res.status).toBe(401)
    await t.db.query("UPDATE users SET disabled = false WHERE username = 'staff2'")
  })

  it('tokens expire after 12 hours', async () => {
    const start = t.clock.now.toISOString()
    const token = await t.signIn('staff1')
    t.clock.advance(12 * 3600_000 - 1000)
    expect((await t.call('GET', '/api/events', { token })).status).toBe(200)
    t.clock.advance(2000)
    const res = await t.call('GET', '/api/events', { token })
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toBe('Bearer')
    t.clock.set(start)
  })

  it('sign-out revokes the token', async () => {
    const token = await t.signIn('staff1')
    expect((await t.call('DELETE', '/api/session', { token })).status).toBe(204)
    expect((await t.call('GET', '/api/session', { token })).status).toBe(401)
  })

  it('answers 401 for garbage or missing Authorization', async () => {
    for (const value of [
      undefined,
      'Bearer',
      'Bearer abc',
      'Basic dXNlcjpwYXNz',
      `Bearer ${'x'.repeat(43)}`,
    ]) {
      const res = await t.call('GET', '/api/events', {
        ...(value ? { headers: { Authorization: value } } : {}),
      })
      expect(res.status, value).toBe(401)
    }
  })
})

describe('POST /api/devices', () => {
  const device = 'dddddddd-0000-4000-8000-000000000001'

  it('is idempotent per deviceId and never reuses a prefix', async () => {
    const token = await t.signIn('staff1')
    const first = await t.call('POST', '/api/devices', {
      token,
      json: { deviceId: device, label: 'Điện thoại Lan' },
    })
    expect(first.status).toBe(201)
    expect(first.body).toEqual({ deviceId: device, receiptPrefix: expect.stringMatching(/^LC\d{3,}$/) })
    const again = await t.call('POST', '/api/devices', { token, json: { deviceId: device } })
    expect(again.status).toBe(200)
    expect(again.body.receiptPrefix).toBe(first.body.receiptPrefix)
    const other = await t.call('POST', '/api/devices', {
      token,
      json: { deviceId: 'dddddddd-0000-4000-8000-000000000002' },
    })
    expect(other.body.receiptPrefix).not.toBe(first.body.receiptPrefix)
  })

  it('a device id belongs to its first account: another collector gets 409, an old link still works', async () => {
    const token = await t.signIn('staff2')
    const res = await t.call('POST', '/api/devices', { token, json: { deviceId: device } })
    expect(res.status).toBe(409)
    expect(res.body.error.code).toBe('device_taken')
    expect(res.text).not.toMatch(/LC\d/)
    // Linked before the rule (a shared phone): the link stays and answers the same prefix.
    const [row] = await t.db.query<{ receipt_prefix: string }>(
      'SELECT receipt_prefix FROM devices WHERE device_id = $1',
      [device],
    )
    await t.db.query('INSERT INTO device_users (device_id, user_id, created_at) VALUES ($1, $2, now())', [
      device,
      t.seed.users['staff2']?.id,
    ])
    const linked = await t.call('POST', '/api/devices', { token, json: { deviceId: device } })
    expect(linked.status).toBe(200)
    expect(linked.body.receiptPrefix).toBe(row?.receipt_prefix)
  })

  it('refuses a revoked device and a malformed id', async () => {
    const token = await t.signIn('staff1')
    await t.db.query('UPDATE devices SET revoked_at = now() WHERE device_id = $1', [device])
    const res = await t.call('POST', '/api/devices', { token, json: { deviceId: device } })
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe('device_revoked')
    expect((await t.call('POST', '/api/devices', { token, json: { deviceId: 'abc' } })).status).toBe(400)
    expect((await t.call('POST', '/api/devices', { json: { deviceId: device } })).status).toBe(401)
  })
})

describe('sign-in throttling', () => {
  it('slows a username after 5 wrong passwords from one address, then lets the right one in after the wait', async () => {
    const start = t.clock.now.toISOString()
    for (let i = 0; i < 5; i++) {
      expect(
        (await t.call('POST', '/api/session', { json: { username: 'staff3', password: `guess-${i}` } }))
          .status,
      ).toBe(401)
    }
    const blocked = await t.call('POST', '/api/session', {
      json: { username: 'STAFF3', password: 'ghidanh-demo' },
    })
    expect(blocked.status).toBe(429)
    expect(blocked.body.error.code).toBe('too_many_attempts')
    expect(blocked.headers.get('retry-after')).toBe('1')
    // Other accounts are not affected.
    expect(
      (await t.call('POST', '/api/session', { json: { username: 'staff1', password: 'ghidanh-demo' } }))
        .status,
    ).toBe(200)
    t.clock.advance(1000)
    expect(
      (await t.call('POST', '/api/session', { json: { username: 'staff3', password: 'ghidanh-demo' } }))
        .status,
    ).toBe(200)
    t.clock.set(start)
  })
})
