// Issue #6, point 5: sign-in rate limit and lockout, per username and per client address.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../../../src/server/create-logger.ts'
import { DEMO_PASSWORD } from '../../../src/server/demo/demo-accounts.ts'
import { createApp } from '../../../src/server/http/create-app.ts'
import { ADDRESS_MAX_FAILURES } from '../../../src/server/http/routes/session-routes.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

type App = ReturnType<typeof createApp>

/** A sign-in as if from `address` (the socket @hono/node-server hands to the app). */
async function signIn(app: App, username: string, password: string, address = '198.51.100.1', headers = {}) {
  const res = await app.request(
    '/api/session',
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ username, password }),
    },
    { incoming: { socket: { remoteAddress: address, remotePort: 40000, remoteFamily: 'IPv4' } } },
  )
  return { status: res.status, retryAfter: res.headers.get('Retry-After'), body: await res.json() }
}

function freshApp(options: { trustProxy?: boolean } = {}): App {
  return createApp({
    db: t.db,
    logger: createLogger({ level: 'silent' }),
    now: () => t.clock.now,
    ...options,
  })
}

describe('sign-in throttle', () => {
  it('per username: the 11th try in 15 minutes is 429 with Retry-After, even with the right password', async () => {
    const app = freshApp()
    for (let i = 0; i < 10; i++) expect((await signIn(app, 'staff1', 'wrong-password')).status).toBe(401)
    const blocked = await signIn(app, 'staff1', DEMO_PASSWORD)
    expect(blocked.status).toBe(429)
    expect(blocked.body.error.code).toBe('too_many_attempts')
    expect(Number(blocked.retryAfter)).toBeGreaterThan(0)
    expect(Number(blocked.retryAfter)).toBeLessThanOrEqual(15 * 60)
    // The username is case-folded: STAFF1 is the same account.
    expect((await signIn(app, 'STAFF1', DEMO_PASSWORD)).status).toBe(429)
    // Another account from another address is not affected.
    expect((await signIn(app, 'staff2', DEMO_PASSWORD, '198.51.100.2')).status).toBe(200)
    // After the window the right password works again.
    const start = t.clock.now.toISOString()
    t.clock.advance(15 * 60 * 1000 + 1000)
    expect((await signIn(app, 'staff1', DEMO_PASSWORD)).status).toBe(200)
    t.clock.set(start)
  })

  it('per address: a client spraying usernames is stopped, other addresses are not', async () => {
    const app = freshApp()
    for (let i = 0; i < ADDRESS_MAX_FAILURES; i++) {
      expect((await signIn(app, `nobody-${i}`, 'wrong-password', '203.0.113.7')).status).toBe(401)
    }
    const blocked = await signIn(app, 'staff3', DEMO_PASSWORD, '203.0.113.7')
    expect(blocked.status).toBe(429)
    expect(Number(blocked.retryAfter)).toBeGreaterThan(0)
    expect((await signIn(app, 'staff3', DEMO_PASSWORD, '203.0.113.8')).status).toBe(200)
  })

  it('behind a proxy (TRUST_PROXY) the address is the hop the proxy added, not what the client claims', async () => {
    const app = freshApp({ trustProxy: true })
    const via = (claimed: string) => ({ 'X-Forwarded-For': `${claimed}, 192.0.2.44` })
    for (let i = 0; i < ADDRESS_MAX_FAILURES; i++) {
      // A new spoofed first entry each time does not make a new address.
      expect((await signIn(app, `ghost-${i}`, 'x', '10.0.0.1', via(`1.2.3.${i}`))).status).toBe(401)
    }
    expect((await signIn(app, 'staff3', DEMO_PASSWORD, '10.0.0.1', via('9.9.9.9'))).status).toBe(429)
    expect(
      (await signIn(app, 'staff3', DEMO_PASSWORD, '10.0.0.1', { 'X-Forwarded-For': '192.0.2.45' })).status,
    ).toBe(200)
    // Without TRUST_PROXY the header is ignored: the socket address counts.
    const direct = freshApp()
    expect((await signIn(direct, 'staff3', DEMO_PASSWORD, '10.0.0.2', via('9.9.9.9'))).status).toBe(200)
  })

  it('a success does not reset the per-address count (a valid account cannot launder a spray)', async () => {
    const app = freshApp()
    for (let i = 0; i < ADDRESS_MAX_FAILURES - 1; i++) await signIn(app, `nobody-${i}`, 'x', '203.0.113.9')
    expect((await signIn(app, 'staff2', DEMO_PASSWORD, '203.0.113.9')).status).toBe(200)
    await signIn(app, 'nobody-x', 'x', '203.0.113.9')
    expect((await signIn(app, 'staff2', DEMO_PASSWORD, '203.0.113.9')).status).toBe(429)
  })
})
