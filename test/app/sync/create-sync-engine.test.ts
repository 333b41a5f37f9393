// createSyncEngine with a fake clock and scheduler, against the real server in process: the engine's
// timing (retry with backoff after a failure, the idle interval after a success) is decided by what it
// is given, not by module state or the wall clock.
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest'
import { apiFetch } from '../../../src/app/api/http.ts'
import { db } from '../../../src/app/db/db.ts'
import { rememberSession } from '../../../src/app/db/session-token.ts'
import { setSetting } from '../../../src/app/db/settings.ts'
import { backoffDelay } from '../../../src/app/sync/backoff.ts'
import { pullReviews } from '../../../src/app/sync/pull-reviews.ts'
import { pushOutbox } from '../../../src/app/sync/push-outbox.ts'
import { createSyncEngine, IDLE_INTERVAL_MS } from '../../../src/app/sync/sync-engine.ts'
import { getEngineState } from '../../../src/app/sync/sync-status-store.ts'
import { SYNC_TAG } from '../../../src/app/sync/sw-messages.ts'
import { createTestApp, type TestApp } from '../../server/helpers/test-app.ts'
import { freshIdNumber, registration, vsiPerson } from '../../server/helpers/registrations.ts'
import { clearStore, saveRecord } from './fixtures.ts'

const DEVICE = '77777777-7777-4777-8777-777777777777'
let t: TestApp
let prefix: string
let networkDown = false
/** The paths asked of the server, in order. */
let asked: string[] = []
let token: string

beforeAll(async () => {
  t = await createTestApp()
  const staff = await t.staffDevice('staff1', DEVICE)
  prefix = staff.receiptPrefix
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
    asked.push(input)
    return networkDown
      ? Promise.reject(new TypeError('Failed to fetch'))
      : Promise.resolve(t.app.request(input, init))
  })
  // start() listens to the page's events; in Node the page is a pair of plain event targets.
  vi.stubGlobal('window', new EventTarget())
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }))
  vi.stubGlobal('navigator', { serviceWorker: new EventTarget() })
  token = staff.token
}, 60_000)
afterAll(async () => {
  vi.unstubAllGlobals()
  await t.close()
})
beforeEach(async () => {
  networkDown = false
  asked = []
  await clearStore()
  await rememberSession({
    token,
    user: { id: t.seed.users['staff1']?.id ?? '', username: 'staff1', role: 'staff', displayName: 'staff1' },
  })
  await setSetting('device', { deviceId: DEVICE, receiptPrefix: prefix })
})

/** What the browser says of the network (navigator.onLine), as the engine is given it. */
let browserOnline = true
/** How many times the engine asked to be woken when the network is back (Background Sync). */
let wakeUps = 0

function fakeEngine() {
  browserOnline = true
  wakeUps = 0
  const scheduled: { run: () => void; ms: number; cancelled: boolean }[] = []
  const engine = createSyncEngine({
    clock: { now: () => Date.parse('2026-11-25T02:00:00Z') },
    schedule: (run, ms) => {
      const entry = { run, ms, cancelled: false }
      scheduled.push(entry)
      return () => {
        entry.cancelled = true
      }
    },
    push: (deviceId) => pushOutbox({ deviceId }),
    pull: () => pullReviews(),
    locks: (run) => run(),
    random: () => 0.5,
    online: () => browserOnline,
    // As Chromium does: a sync registered while it believes it is online fires at once, and the service
    // worker asks the page to run (sync-wakeup.ts).
    wakeWhenOnline: () => {
      wakeUps++
      if (browserOnline)
        queueMicrotask(() =>
          navigator.serviceWorker.dispatchEvent(
            new MessageEvent('message', { data: { type: 'SYNC_REQUESTED', tag: SYNC_TAG } }),
          ),
        )
    },
    probe: () => apiFetch('/api/health').then(() => undefined),
  })
  const live = () => scheduled.filter((s) => !s.cancelled)
  return { engine, scheduled, live }
}

const reg = () =>
  registration(
    { deviceId: DEVICE, eventId: t.seed.eventId, participants: [vsiPerson({ idNumber: freshIdNumber() })] },
    prefix,
  )

it('pushes to the real server and stamps the run with the clock it was given', async () => {
  const { engine } = fakeEngine()
  const saved = reg()
  await saveRecord(saved, 1)
  const report = await engine.syncNow()
  expect(report).toMatchObject({ pushed: 1, accepted: 1 })
  expect(getEngineState().lastSyncAt).toBe(Date.parse('2026-11-25T02:00:00Z'))
  expect(await db.outbox.count()).toBe(0)
  const [row] = await t.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM registrations WHERE id = $1',
    [saved.id],
  )
  expect(row?.n).toBe(1)
})

it('after a failed run it retries with backoff; after a good one it waits the idle interval', async () => {
  const { engine, live } = fakeEngine()
  await saveRecord(reg(), 1)
  networkDown = true
  const stop = engine.start()
  await vi.waitFor(() =>
    expect(live().at(-1)?.ms).toBe(
      Math.max(
        500,
        backoffDelay(1, () => 0.5),
      ),
    ),
  )
  expect(await db.outbox.count()).toBe(1)

  networkDown = false
  live().at(-1)?.run()
  await vi.waitFor(() => expect(live().at(-1)?.ms).toBe(IDLE_INTERVAL_MS), { timeout: 30_000 })
  expect(await db.outbox.count()).toBe(0)
  stop()
  expect(live()).toHaveLength(0)
})

it('after a run that found no network, an automatic run asks the server first and opens nothing until it answers', async () => {
  const { engine, live } = fakeEngine()
  await saveRecord(reg(), 1)
  await saveRecord(reg(), 2)
  const attempts = async () => (await db.outbox.orderBy('enqueuedAt').toArray()).map((e) => e.attempts)
  const retryAfter = (failures: number) =>
    Math.max(
      500,
      backoffDelay(failures, () => 0.5),
    )
  networkDown = true
  const stop = engine.start()
  // The first run does not know yet: it sends the batch, which fails and counts as tried.
  await vi.waitFor(() => expect(live().at(-1)?.ms).toBe(retryAfter(1)))
  expect(asked).toEqual(['/api/sync/push'])
  expect(await attempts()).toEqual([1, 1])

  // Still no network: the retry's probe fails, and the records are neither opened nor sent nor counted.
  asked = []
  live().at(-1)?.run()
  await vi.waitFor(() => expect(live().at(-1)?.ms).toBe(retryAfter(2)))
  expect(asked).toEqual(['/api/health'])
  expect(await attempts()).toEqual([1, 1])
  expect(getEngineState().lastError).toMatch(/Không có mạng/)

  // A tap on "sync now" tries the push itself.
  asked = []
  await engine.syncNow()
  expect(asked).toEqual(['/api/sync/push'])
  expect(await attempts()).toEqual([2, 2])

  // A tap on "sync now" while an automatic run goes and another waits: the one that waits becomes the tap's,
  // and tries the push without asking first.
  asked = []
  live().at(-1)?.run()
  window.dispatchEvent(new Event('online'))
  await engine.syncNow()
  expect(asked).toEqual(['/api/health', '/api/sync/push'])

  // The network is back: the probe answers and the same run pushes and pulls.
  networkDown = false
  asked = []
  live().at(-1)?.run()
  await vi.waitFor(() => expect(live().at(-1)?.ms).toBe(IDLE_INTERVAL_MS), { timeout: 30_000 })
  expect(asked.slice(0, 2)).toEqual(['/api/health', '/api/sync/push'])
  expect(await db.outbox.count()).toBe(0)
  stop()
})

it('a server out of reach while the browser says it is online waits the backoff; offline, it asks once to be woken', async () => {
  const { engine, live } = fakeEngine()
  await saveRecord(reg(), 1)
  networkDown = true
  const stop = engine.start()
  const retry = Math.max(
    500,
    backoffDelay(1, () => 0.5),
  )
  await vi.waitFor(() => expect(live().at(-1)?.ms).toBe(retry))
  // Whatever a wake-up would start has had its turns: the only run is the first one, the next is the timer's.
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0))
  expect(asked).toEqual(['/api/sync/push'])
  expect(wakeUps).toBe(0)
  expect(live()).toHaveLength(1)

  // The browser knows it is offline: the run asks to be woken when the network is back, and nothing else runs.
  browserOnline = false
  asked = []
  await engine.syncNow()
  expect(wakeUps).toBe(1)
  expect(asked).toEqual(['/api/sync/push'])
  // An automatic run while it knows it is offline runs nothing; it has asked once, and does not again.
  document.dispatchEvent(new Event('visibilitychange'))
  await engine.syncNow().catch(() => undefined)
  expect(wakeUps).toBe(1)

  // Back online, the records go; offline again, a skipped automatic run asks to be woken anew.
  browserOnline = true
  networkDown = false
  window.dispatchEvent(new Event('online'))
  await vi.waitFor(async () => expect(await db.outbox.count()).toBe(0), { timeout: 30_000 })
  browserOnline = false
  document.dispatchEvent(new Event('visibilitychange'))
  expect(wakeUps).toBe(2)
  stop()
})
