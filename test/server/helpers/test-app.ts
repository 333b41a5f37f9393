// A real store (PGlite in memory, or PostgreSQL with TEST_DATABASE_URL in a fresh schema), migrated and seeded
// with the demo accounts, and the Hono app on top, called in-process. One per test file.
import { DEVICE_1, DEVICE_2, DEVICE_3 } from './registrations.ts'
import { randomBytes } from 'node:crypto'
import type { Hono } from 'hono'
import { defaultRules } from '../../../src/domain/index.ts'
import { createLogger } from '../../../src/server/create-logger.ts'
import { DEMO_PASSWORD } from '../../../src/server/demo/demo-accounts.ts'
import { seedDemo, type SeedResult } from '../../../src/server/demo/seed-demo.ts'
import type { AppEnv } from '../../../src/server/http/app-env.ts'
import { createApp } from '../../../src/server/http/create-app.ts'
import type { Db } from '../../../src/server/store/db.ts'
import { openStore } from '../../../src/server/store/open-store.ts'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers loosely and assert the shapes
export interface Answer<T = any> {
  status: number
  body: T
  text: string
  headers: Headers
}

export interface CallOptions {
  token?: string | undefined
  json?: unknown
  body?: string
  headers?: Record<string, string>
}

export interface TestApp {
  app: Hono<AppEnv>
  db: Db
  seed: SeedResult
  /** Every line the app logged, as written (JSON). */
  logLines: string[]
  /** The clock the app sees; move it with `clock.set`. */
  clock: { now: Date; set(iso: string): void; advance(ms: number): void }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  call<T = any>(method: string, path: string, options?: CallOptions): Promise<Answer<T>>
  signIn(username: string): Promise<string>
  /** Signs in and registers a device; returns both. */
  staffDevice(username: string, deviceId: string): Promise<{ token: string; receiptPrefix: string }>
  /**
   * The demo team as most suites need it: staff1–3 signed in on DEVICE_1–3, the supervisor (on a phone of
   * their own when `supervisorDevice` is given) and the admin. Tokens by username.
   */
  team(options?: { supervisorDevice?: string }): Promise<Record<TeamMember, string>>
  close(): Promise<void>
}

export type TeamMember = 'staff1' | 'staff2' | 'staff3' | 'super1' | 'admin'

export async function createTestApp(options: { now?: string } = {}): Promise<TestApp> {
  const url = process.env['TEST_DATABASE_URL']
  const schema = `test_${randomBytes(6).toString('hex')}`
  const db = await openStore(url ? { kind: 'pg', url, schema } : { kind: 'pglite', dataDir: null })
  const clock = {
    now: new Date(options.now ?? '2026-11-25T03:00:00Z'),
    set(iso: string) {
      this.now = new Date(iso)
    },
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms)
    },
  }
  const logLines: string[] = []
  const logger = createLogger({
    level: 'debug',
    destination: { write: (line: string) => void logLines.push(line) },
  })
  const seed = await seedDemo(db, { password: DEMO_PASSWORD, now: clock.now, rules: defaultRules })
  const app = createApp({ db, logger, now: () => clock.now })

  const call = async <T>(method: string, path: string, o: CallOptions = {}): Promise<Answer<T>> => {
    const headers: Record<string, string> = { ...o.headers }
    if (o.token) headers['Authorization'] = `Bearer ${o.token}`
    let body = o.body
    if (o.json !== undefined) {
      headers['Content-Type'] = 'application/json'
      body = JSON.stringify(o.json)
    }
    const res = await app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) })
    const text = await res.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // not JSON (CSV, HTML): keep the text
    }
    return { status: res.status, body: parsed as T, text, headers: res.headers }
  }

  const signIn = async (username: string) => {
    const res = await call<{ token: string }>('POST', '/api/session', {
      json: { username, password: DEMO_PASSWORD },
    })
    if (res.status !== 200) throw new Error(`sign-in ${username}: ${res.status} ${res.text}`)
    return res.body.token
  }
  const staffDevice = async (username: string, deviceId: string) => {
    const token = await signIn(username)
    const res = await call<{ receiptPrefix: string }>('POST', '/api/devices', { token, json: { deviceId } })
    if (res.status >= 300) throw new Error(`device ${username}: ${res.status} ${res.text}`)
    return { token, receiptPrefix: res.body.receiptPrefix }
  }

  return {
    app,
    db,
    seed,
    logLines,
    clock,
    call,
    signIn,
    staffDevice,
    async team({ supervisorDevice } = {}) {
      const onPhone = async (username: string, deviceId: string) =>
        (await staffDevice(username, deviceId)).token
      return {
        staff1: await onPhone('staff1', DEVICE_1),
        staff2: await onPhone('staff2', DEVICE_2),
        staff3: await onPhone('staff3', DEVICE_3),
        super1: supervisorDevice ? await onPhone('super1', supervisorDevice) : await signIn('super1'),
        admin: await signIn('admin'),
      }
    },
    async close() {
      if (url) await db.query(`DROP SCHEMA "${schema}" CASCADE`)
      await db.close()
    },
  }
}
