// syncNow through the real HTTP client with a stubbed fetch: push then pull, 401 and network faults.
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../../src/app/db/db.ts'
import { getRegistration } from '../../../src/app/db/registrations-repo.ts'
import { getSetting, setSetting } from '../../../src/app/db/settings.ts'
import { syncNow } from '../../../src/app/sync/sync-engine.ts'
import { getEngineState } from '../../../src/app/sync/sync-status-store.ts'
import { clearStore, DEVICE_ID, saveRevision, uuid } from './fixtures.ts'
import { rememberSession } from '../../../src/app/db/session-token.ts'

type Handler = (path: string, init: RequestInit) => Response | Promise<Response>
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } })

function serve(handler: Handler) {
  const fetchMock = vi.fn((input: string, init: RequestInit = {}) => Promise.resolve(handler(input, init)))
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

/** A server that accepts every push and answers the first pull with an approval of uuid(1). */
const acceptAllThenApproveFirst: Handler = (path, init) => {
  if (path === '/api/sync/push') {
    const body = JSON.parse(String(init.body)) as { registrations: { id: string; revision: number }[] }
    return json(200, {
      results: body.registrations.map((r) => ({ id: r.id, revision: r.revision, status: 'accepted' })),
      serverTime: '2025-09-16T00:00:00Z',
    })
  }
  if (path.startsWith('/api/sync/pull'))
    return json(200, {
      changes: path.includes('cursor=') ? [] : [{ id: uuid(1), revision: 1, review: { status: 'approved' } }],
      cursor: 'k1',
    })
  return json(404, { error: { code: 'not_found', message: 'no' } })
}

beforeEach(async () => {
  await clearStore()
  await rememberSession({
    token: 'T1',
    user: { id: 'u1', username: 'staff1', role: 'staff', displayName: 'Staff 1' },
  })
  await setSetting('device', { deviceId: DEVICE_ID, receiptPrefix: 'LC017' })
  // Fixtures are saved at fixed old times: keep approved ones, or the pull would retire them at once.
  await setSetting('keepApprovedDays', 0)
})
afterEach(() => vi.unstubAllGlobals())

describe('syncNow', () => {
  it('pushes the outbox with the bearer token, then pulls decisions', async () => {
    await saveRevision(uuid(1), 1)
    const fetchMock = serve(acceptAllThenApproveFirst)
    const report = await syncNow()
    expect(report).toEqual({ pushed: 1, accepted: 1, rejected: 0, conflicts: 0, pulled: 1 })
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).get('Authorization')).toBe('Bearer T1')
    expect(await db.outbox.count()).toBe(0)
    expect((await getRegistration(uuid(1)))?.review?.status).toBe('approved')
    expect(await getSetting('pullCursor')).toBe('k1')
    expect(getEngineState()).toMatchObject({ running: false, needsSignIn: false })
    expect(getEngineState().lastSyncAt).toBeTypeOf('number')
  })

  it('after the pull, approved registrations older than the setting leave the phone; others stay', async () => {
    await setSetting('keepApprovedDays', 180)
    await saveRevision(uuid(1), 1)
    await saveRevision(uuid(2), 1)
    serve(acceptAllThenApproveFirst)
    expect(await syncNow()).toMatchObject({ pushed: 2, pulled: 1 })
    expect(await db.registrations.get(uuid(1))).toBeUndefined()
    expect((await getRegistration(uuid(2)))?.syncState).toBe('sent')
  })

  it('a 401 asks for sign-in and deletes nothing', async () => {
    await saveRevision(uuid(1), 1)
    serve(() => json(401, { error: { code: 'unauthorized', message: 'Phiên đã hết hạn' } }))
    const report = await syncNow()
    expect(report.error).toMatch(/đăng nhập/)
    expect(getEngineState().needsSignIn).toBe(true)
    expect(await db.outbox.count()).toBe(1)
    expect(await db.registrations.count()).toBe(1)
  })

  it('a network fault is reported, not thrown, and the outbox stays', async () => {
    await saveRevision(uuid(1), 1)
    serve(() => {
      throw new TypeError('Failed to fetch')
    })
    const report = await syncNow()
    expect(report.error).toMatch(/mạng/)
    expect(getEngineState().needsSignIn).toBe(false)
    expect(await db.outbox.get(uuid(1))).toMatchObject({ attempts: 1 })
  })

  it('concurrent calls share one run at a time', async () => {
    await saveRevision(uuid(1), 1)
    let inFlight = 0
    let maxInFlight = 0
    serve(async (path, init) => {
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      await new Promise((r) => setTimeout(r, 5))
      inFlight--
      if (path === '/api/sync/push') {
        const body = JSON.parse(String(init.body)) as { registrations: { id: string; revision: number }[] }
        return json(200, {
          results: body.registrations.map((r) => ({ id: r.id, revision: r.revision, status: 'accepted' })),
          serverTime: '',
        })
      }
      return json(200, { changes: [], cursor: 'k' })
    })
    const reports = await Promise.all([syncNow(), syncNow(), syncNow()])
    expect(maxInFlight).toBe(1)
    expect(reports.reduce((n, r) => n + r.pushed, 0)).toBe(1)
  })
})
