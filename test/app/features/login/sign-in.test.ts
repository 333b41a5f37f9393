import 'fake-indexeddb/auto'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { db } from '../../../../src/app/db/db.ts'
import { getSetting } from '../../../../src/app/db/settings.ts'
import { signIn } from '../../../../src/app/features/login/sign-in.ts'
import { currentToken } from '../../../../src/app/db/session-token.ts'

const user = { id: 'u1', username: 'staff1', role: 'staff', displayName: 'Cán bộ thu 1' }
const event = {
  id: 'ev-1',
  name: 'Đêm văn nghệ',
  kind: 'art_performance',
  startsOn: '2026-11-24',
  endsOn: '2026-11-27',
  provinceCode: '15',
  commune: 'Xã Bát Xát',
}

function answer(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
}

function server(overrides: Record<string, () => Response> = {}) {
  const calls: { path: string; body: unknown; auth: string | null }[] = []
  vi.stubGlobal('fetch', async (path: string, init: RequestInit) => {
    const headers = new Headers(init.headers)
    calls.push({
      path,
      body: init.body ? JSON.parse(String(init.body)) : undefined,
      auth: headers.get('authorization'),
    })
    const override = overrides[path]
    if (override) return override()
    if (path === '/api/session') return answer(200, { token: 'tok', user })
    if (path === '/api/devices') {
      const { deviceId } = JSON.parse(String(init.body)) as { deviceId: string }
      return answer(200, { deviceId, receiptPrefix: 'LC017' })
    }
    if (path === '/api/events') return answer(200, [event])
    return answer(404, { error: { code: 'not_found', message: 'no' } })
  })
  return calls
}

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()))
})
afterEach(() => {
  vi.unstubAllGlobals()
})

it('stores the session, registers the device once and copies the events', async () => {
  const calls = server()
  expect(await signIn('staff1', 'pw')).toEqual({ ok: true })
  // Signed in before any PIN: the token is held in memory only, never written in clear.
  expect(await getSetting('session')).toEqual({ user })
  expect(currentToken()).toBe('tok')
  const device = await getSetting('device')
  expect(device?.receiptPrefix).toBe('LC017')
  expect(device?.deviceId).toMatch(/^[0-9a-f-]{36}$/)
  expect(await db.events.toArray()).toEqual([event])
  expect(await getSetting('eventId')).toBe('ev-1')
  expect(calls.find((c) => c.path === '/api/devices')?.auth).toBe('Bearer tok')
  // A second sign-in on the same phone keeps the same device id.
  await signIn('staff1', 'pw')
  expect((await getSetting('device'))?.deviceId).toBe(device?.deviceId)
})

it('answers bad credentials and network faults as values', async () => {
  server({ '/api/session': () => answer(401, { error: { code: 'bad_credentials', message: 'Sai' } }) })
  expect(await signIn('staff1', 'x')).toMatchObject({ ok: false, reason: 'bad_credentials' })
  vi.stubGlobal('fetch', async () => {
    throw new TypeError('Failed to fetch')
  })
  expect(await signIn('staff1', 'x')).toMatchObject({ ok: false, reason: 'network' })
  expect(await getSetting('session')).toBeUndefined()
})

it('does not stay half signed in when the device cannot be registered', async () => {
  server({ '/api/devices': () => answer(400, { error: { code: 'invalid', message: 'x' } }) })
  expect(await signIn('staff1', 'pw')).toMatchObject({ ok: false, reason: 'other' })
  expect(await getSetting('session')).toBeUndefined()
})

it('lets only the same account sign in again after the session expired', async () => {
  server()
  expect(await signIn('staff2', 'pw', 'staff1')).toMatchObject({ ok: false, reason: 'other_user' })
  expect(await signIn('staff1', 'pw', 'staff1')).toEqual({ ok: true })
})

it('takes a new device id when the phone’s id belongs to another account (#10)', async () => {
  server()
  await signIn('staff1', 'pw')
  const first = (await getSetting('device'))?.deviceId
  let refused = 0
  const calls = server({
    '/api/devices': () => {
      refused += 1
      return refused === 1
        ? answer(409, { error: { code: 'device_taken', message: 'x' } })
        : answer(201, { deviceId: 'dddddddd-0000-4000-8000-000000000009', receiptPrefix: 'LC018' })
    },
  })
  expect(await signIn('staff2', 'pw')).toEqual({ ok: true })
  const devices = calls
    .filter((c) => c.path === '/api/devices')
    .map((c) => (c.body as { deviceId: string }).deviceId)
  expect(devices[0]).toBe(first)
  expect(devices[1]).not.toBe(first)
  expect(await getSetting('device')).toEqual({
    deviceId: 'dddddddd-0000-4000-8000-000000000009',
    receiptPrefix: 'LC018',
  })
})
