// The sign-in throttle on the real app: growing delays per (username, address), per username and per address;
// attempts reserved before the password check, so a concurrent burst is counted; known pairs never locked out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADDRESS_LIMITS, PAIR_LIMITS, USERNAME_LIMITS } from '../../../src/server/auth/sign-in-throttle.ts'
import { createLogger } from '../../../src/server/create-logger.ts'
import { DEMO_PASSWORD } from '../../../src/server/demo/demo-accounts.ts'
import { createApp } from '../../../src/server/http/create-app.ts'
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

/** A new app (fresh throttle) on the shared database, at a clock of its own starting at the fixture's. */
function freshApp(options: { trustProxy?: boolean } = {}) {
  const clock = { now: new Date(t.clock.now) }
  const app = createApp({
    db: t.db,
    logger: createLogger({ level: 'silent' }),
    now: () => clock.now,
    ...options,
  })
  return { app, advance: (ms: number) => (clock.now = new Date(clock.now.getTime() + ms)) }
}

const statuses = (answers: { status: number }[]) =>
  answers.reduce<Record<number, number>>((m, a) => ({ ...m, [a.status]: (m[a.status] ?? 0) + 1 }), {})

describe('sign-in throttle', () => {
  it('one address guessing one account waits a delay that doubles, then the right password still works', async () => {
    const { app, advance } = freshApp()
    for (let i = 0; i < PAIR_LIMITS.free; i++) expect((await signIn(app, 'staff1', 'wrong')).status).toBe(401)
    const blocked = await signIn(app, 'staff1', DEMO_PASSWORD)
    expect(blocked.status).toBe(429)
    expect(blocked.body.error.code).toBe('too_many_attempts')
    expect(blocked.retryAfter).toBe('1')
    // Case-folded: STAFF1 is the same account.
    expect((await signIn(app, 'STAFF1', DEMO_PASSWORD)).status).toBe(429)
    advance(1000)
    expect((await signIn(app, 'staff1', 'wrong')).status).toBe(401)
    expect((await signIn(app, 'staff1', DEMO_PASSWORD)).retryAfter).toBe('2')
    advance(2000)
    expect((await signIn(app, 'staff1', DEMO_PASSWORD)).status).toBe(200)
  })

  it('200 concurrent guesses at one account from one address: only the free ones are checked, the right password in the burst is not', async () => {
    const { app } = freshApp()
    const burst = Array.from({ length: 200 }, (_, i) =>
      signIn(app, 'staff2', i === 150 ? DEMO_PASSWORD : `wrong-${i}`, '198.51.100.20'),
    )
    const answers = await Promise.all(burst)
    expect(statuses(answers)).toEqual({ 401: PAIR_LIMITS.free, 429: 200 - PAIR_LIMITS.free })
    expect(answers[150]?.status).toBe(429)
  })

  it('200 concurrent guesses at one account from 200 addresses: only the account’s free ones are checked', async () => {
    const { app } = freshApp()
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => signIn(app, 'staff3', `wrong-${i}`, `198.18.0.${i + 1}`)),
    )
    expect(statuses(answers)).toEqual({ 401: USERNAME_LIMITS.free, 429: 200 - USERNAME_LIMITS.free })
  })

  it('wrong guesses by someone else never keep the user out of the address they signed in from before', async () => {
    const { app, advance } = freshApp()
    expect((await signIn(app, 'staff1', DEMO_PASSWORD, '198.51.100.30')).status).toBe(200)
    advance(60_000)
    for (let i = 0; i < 30; i++) await signIn(app, 'staff1', `guess-${i}`, `203.0.113.${i + 1}`)
    // The attacker is slowed…
    expect((await signIn(app, 'staff1', 'guess-x', '203.0.113.99')).status).toBe(429)
    // …the real user on their usual connection is not.
    expect((await signIn(app, 'staff1', DEMO_PASSWORD, '198.51.100.30')).status).toBe(200)
  })

  it('a commune office behind one NAT address: a colleague’s 50 typos and a spray do not lock out the others', async () => {
    const { app } = freshApp()
    const nat = '192.0.2.50'
    expect((await signIn(app, 'staff2', DEMO_PASSWORD, nat)).status).toBe(200)
    for (let i = 0; i < ADDRESS_LIMITS.free; i++) {
      expect((await signIn(app, `nobody-${i}`, 'wrong', nat)).status).toBe(401)
    }
    // A new username from that address waits (the spray is slowed, and the wait is short, not 15 minutes)…
    const sprayed = await signIn(app, 'nobody-next', 'wrong', nat)
    expect(sprayed.status).toBe(429)
    expect(Number(sprayed.retryAfter)).toBeLessThanOrEqual(2)
    // …staff2, who signed in from there before, is not; another address is not either.
    expect((await signIn(app, 'staff2', DEMO_PASSWORD, nat)).status).toBe(200)
    expect((await signIn(app, 'staff3', DEMO_PASSWORD, '192.0.2.51')).status).toBe(200)
  })

  it('a success does not reset the address’s count (a valid account cannot launder a spray)', async () => {
    const { app } = freshApp()
    const address = '203.0.113.200'
    for (let i = 0; i < ADDRESS_LIMITS.free - 1; i++) await signIn(app, `nobody-${i}`, 'x', address)
    expect((await signIn(app, 'staff3', DEMO_PASSWORD, address)).status).toBe(200)
    expect((await signIn(app, 'nobody-a', 'x', address)).status).toBe(401)
    expect((await signIn(app, 'nobody-b', 'x', address)).status).toBe(429)
  })

  it('an hour after the last failure everything is forgotten', async () => {
    const { app, advance } = freshApp()
    for (let i = 0; i < 12; i++) await signIn(app, 'admin', 'wrong', '198.51.100.40')
    expect((await signIn(app, 'admin', 'wrong', '198.51.100.40')).status).toBe(429)
    advance(60 * 60 * 1000 + 1)
    for (let i = 0; i < PAIR_LIMITS.free; i++) {
      expect((await signIn(app, 'admin', 'wrong', '198.51.100.40')).status).toBe(401)
    }
  })

  it('behind a proxy (TRUST_PROXY) the address is the hop the proxy added, not what the client claims', async () => {
    const { app } = freshApp({ trustProxy: true })
    const via = (claimed: string) => ({ 'X-Forwarded-For': `${claimed}, 192.0.2.44` })
    for (let i = 0; i < ADDRESS_LIMITS.free; i++) {
      // A new spoofed first entry each time does not make a new address.
      expect((await signIn(app, `ghost-${i}`, 'x', '10.0.0.1', via(`1.2.3.${i}`))).status).toBe(401)
    }
    expect((await signIn(app, 'ghost-z', 'x', '10.0.0.1', via('9.9.9.9'))).status).toBe(429)
    expect(
      (await signIn(app, 'staff3', DEMO_PASSWORD, '10.0.0.1', { 'X-Forwarded-For': '192.0.2.45' })).status,
    ).toBe(200)
    // Without TRUST_PROXY the header is ignored: the socket address counts.
    const direct = freshApp()
    expect((await signIn(direct.app, 'ghost-z', 'x', '10.0.0.2', via('9.9.9.9'))).status).toBe(401)
  })
})
