// Issue #6, point 2, the other JSON routes: malformed bodies (and query strings) are 4xx, never 5xx.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEVICE_1, registration } from '../helpers/registrations.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import {
  hostileStrings,
  hostileValue,
  mutate,
  pathsOf,
  rawFragments,
  toJsonText,
  type Mutation,
} from './fuzz-values.ts'

let t: TestApp
const tokens: Record<string, string> = {}
let regId = ''
let throwawayId = ''
const tally = { requests: 0, status2xx: 0, status4xx: 0, status5xx: 0 }

beforeAll(async () => {
  t = await createTestApp()
  const { token, receiptPrefix } = await t.staffDevice('staff1', DEVICE_1)
  tokens['staff1'] = token
  tokens['super1'] = await t.signIn('super1')
  tokens['admin'] = await t.signIn('admin')
  const reg = registration({}, receiptPrefix)
  regId = reg.id
  await t.call('POST', '/api/sync/push', { token, json: { deviceId: DEVICE_1, registrations: [reg] } })
  const created = await t.call('POST', '/api/users', {
    token: tokens['admin'],
    json: {
      username: 'throwaway',
      displayName: 'Tài khoản thử',
      role: 'staff',
      teamId: 'team-a',
      password: 'mat-khau-thu',
    },
  })
  throwawayId = created.body.id
})
afterAll(async () => {
  console.log(
    `body fuzz: requests=${tally.requests} 2xx=${tally.status2xx} 4xx=${tally.status4xx} 5xx=${tally.status5xx}`,
  )
  await t.close()
})

interface Route {
  name?: string
  method: string
  path: () => string
  who: string
  valid: () => unknown
  /** Routes that hash a password per valid body get fewer runs (scrypt costs ~50 ms). */
  runs: number
}

const routes: Route[] = [
  {
    method: 'POST',
    path: () => '/api/session',
    who: '',
    valid: () => ({ username: 'staff2', password: 'not-the-password' }),
    runs: 60,
  },
  {
    method: 'POST',
    path: () => '/api/devices',
    who: 'staff1',
    valid: () => ({ deviceId: crypto.randomUUID(), label: 'Máy thử' }),
    runs: 150,
  },
  {
    method: 'POST',
    path: () => '/api/registrations/search',
    who: 'super1',
    valid: () => ({
      q: 'hoang thi lan',
      status: 'pending',
      eventId: 'lao-cai-demo',
      communeCode: '02683',
      commune: 'Bát Xát',
      flagged: 'any',
      limit: 10,
    }),
    runs: 200,
  },
  {
    name: 'POST /api/registrations/:id/review',
    method: 'POST',
    path: () => `/api/registrations/${regId}/review`,
    who: 'super1',
    valid: () => ({
      revision: 1,
      decision: 'return',
      comment: 'Thiếu ảnh giấy tờ',
      override: { reason: 'Đã đối chiếu' },
    }),
    runs: 150,
  },
  {
    method: 'POST',
    path: () => '/api/registrations/review-batch',
    who: 'super1',
    valid: () => ({ items: [{ id: regId, revision: 1 }], decision: 'reject', comment: 'Trùng người' }),
    runs: 150,
  },
  {
    method: 'POST',
    path: () => '/api/events',
    who: 'admin',
    valid: () => ({
      name: 'Hội nghị thôn',
      kind: 'village_meeting',
      startsOn: '2026-12-01',
      endsOn: '2026-12-02',
      provinceCode: '15',
      commune: 'Xã Y Tý',
      teamId: 'team-a',
    }),
    runs: 150,
  },
  {
    method: 'PATCH',
    path: () => '/api/events/lao-cai-demo',
    who: 'admin',
    valid: () => ({ name: 'Đêm văn nghệ', startsOn: '2026-11-24', endsOn: '2026-11-27', teamId: null }),
    runs: 150,
  },
  {
    method: 'POST',
    path: () => '/api/users',
    who: 'admin',
    valid: () => ({
      username: `u${Math.random().toString(36).slice(2, 10)}`,
      displayName: 'Người thử',
      role: 'staff',
      teamId: 'team-b',
      password: 'mat-khau-dai',
    }),
    runs: 60,
  },
  {
    name: 'PATCH /api/users/:id',
    method: 'PATCH',
    path: () => `/api/users/${throwawayId}`,
    who: 'admin',
    valid: () => ({ displayName: 'Tên mới', role: 'supervisor', teamId: 'team-b', disabled: false }),
    runs: 150,
  },
  {
    name: 'POST /api/users/:id/password',
    method: 'POST',
    path: () => `/api/users/${throwawayId}/password`,
    who: 'admin',
    valid: () => ({ password: 'mat-khau-moi-1' }),
    runs: 60,
  },
  {
    method: 'POST',
    path: () => '/api/teams',
    who: 'admin',
    valid: () => ({ id: `t-${Math.random().toString(36).slice(2, 8)}`, name: 'Tổ thử' }),
    runs: 150,
  },
]

interface Spec {
  mutations: { kind: Mutation['kind']; at: number; key: string; value: unknown }[]
  raw: string | undefined
  contentType: string | undefined
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  mutations: fc.array(
    fc.record({
      kind: fc.constantFrom<Mutation['kind']>('set', 'set', 'delete', 'addKey'),
      at: fc.nat(),
      key: fc.constantFrom('__proto__', 'constructor', 'role', 'isAdmin', 'teamId'),
      value: hostileValue,
    }),
    { maxLength: 3 },
  ),
  // Now and then not the mutated body at all, but garbage.
  raw: fc.option(
    fc.oneof(
      fc.constant(''),
      fc.constantFrom(...rawFragments),
      fc.string({ unit: 'binary', maxLength: 100 }),
    ),
    {
      freq: 6,
      nil: undefined,
    },
  ),
  contentType: fc.constantFrom(
    'application/json',
    'text/plain',
    'multipart/form-data; boundary=x',
    undefined,
  ),
})

async function send(
  method: string,
  path: string,
  who: string,
  body: string | undefined,
  contentType?: string,
) {
  const headers: Record<string, string> = {}
  if (who) headers['Authorization'] = `Bearer ${tokens[who]}`
  if (contentType) headers['Content-Type'] = contentType
  const res = await t.app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) })
  const text = await res.text()
  tally.requests += 1
  if (res.status >= 500) tally.status5xx += 1
  else if (res.status >= 400) tally.status4xx += 1
  else tally.status2xx += 1
  if (res.status >= 500) {
    const logged = t.logLines.filter((l) => l.includes('unhandled')).at(-1) ?? ''
    throw new Error(`${method} ${path} → ${res.status}: ${text.slice(0, 200)} ${logged.slice(0, 400)}`)
  }
  return res.status
}

describe('JSON routes: malformed bodies never answer 5xx', () => {
  for (const route of routes) {
    it(route.name ?? `${route.method} ${route.path()}`, async () => {
      await fc.assert(
        fc.asyncProperty(specArb, async (spec) => {
          const base = route.valid()
          const paths = [[], ...pathsOf(base)]
          const mutations = spec.mutations.map((m): Mutation => {
            const path = paths[m.at % paths.length] ?? []
            return m.kind === 'delete'
              ? { kind: 'delete', path }
              : m.kind === 'addKey'
                ? { kind: 'addKey', path, key: m.key, value: m.value }
                : { kind: 'set', path, value: m.value }
          })
          const body = spec.raw ?? toJsonText(mutate(base, mutations))
          const status = await send(route.method, route.path(), route.who, body, spec.contentType)
          expect(status).toBeLessThan(500)
        }),
        { numRuns: route.runs, endOnFailure: true },
      )
      // No body at all, and a 10 MB one.
      expect(await send(route.method, route.path(), route.who, undefined)).toBeLessThan(500)
      const huge = JSON.stringify({ ...(route.valid() as object), pad: 'x'.repeat(10 * 1024 * 1024) })
      expect(await send(route.method, route.path(), route.who, huge, 'application/json')).toBe(413)
    })
  }

  it('hostile query strings and path ids on the GET routes', async () => {
    const gets = [
      (v: string) => `/api/registrations?eventId=${v}`,
      (v: string) => `/api/registrations?commune=${v}&status=pending`,
      (v: string) => `/api/registrations?communeCode=${v}`,
      (v: string) => `/api/registrations?ownerId=${v}`,
      (v: string) => `/api/registrations?cursor=${v}`,
      (v: string) => `/api/registrations?limit=${v}`,
      (v: string) => `/api/registrations?flagged=${v}`,
      (v: string) => `/api/registrations/${v}`,
      (v: string) => `/api/sync/pull?cursor=${v}`,
      (v: string) => `/api/reports/tally?from=${v}&to=${v}`,
      (v: string) => `/api/reports/tally?eventId=${v}`,
      (v: string) => `/api/exports/d05-ts.csv?eventId=${v}&status=${v}`,
      (v: string) => `/api/exports/${v}`,
      (v: string) => `/api/audit?entityId=${v}&from=${v}`,
      (v: string) => `/api/audit?actorId=${v}&action=${v}&cursor=${v}&limit=${v}`,
      (v: string) => `/api/events/${v}`,
    ]
    const raw = [
      '%00',
      '%ED%A0%80',
      '%',
      '%C0%AF',
      '%FF',
      '..%2F..%2Fetc',
      '-1',
      '1e999',
      '99999999999999999999',
      '9999999999999999999',
      '9223372036854775808',
      '0000-01-01',
      '2026-02-30',
    ]
    const values = fc.oneof(
      fc.constantFrom(...raw),
      fc
        .constantFrom(...hostileStrings.filter((s) => s.length < 1000))
        .map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, ''))),
      fc.string({ maxLength: 30 }).map(encodeURIComponent),
    )
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...gets), values, async (url, value) => {
        expect(await send('GET', url(value), 'admin', undefined)).toBeLessThan(500)
      }),
      { numRuns: 400, endOnFailure: true },
    )
    // Well-formed list cursors holding what PostgreSQL refuses.
    const cursor = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
    const cursors = [
      cursor(['0000-01-01T00:00:00Z', 'aaaaaaaa-0000-4000-8000-000000000001']),
      cursor(['+275760-09-13T00:00:00Z', 'aaaaaaaa-0000-4000-8000-000000000001']),
      cursor(['2026-11-25T00:00:00Z', '-'.repeat(36)]),
      cursor(['2026-11-25', 'gggggggg-0000-4000-8000-000000000001']),
      cursor([{}, []]),
    ]
    for (const c of cursors) {
      expect(await send('GET', `/api/registrations?cursor=${c}`, 'admin', undefined)).toBe(400)
      const body = JSON.stringify({ cursor: c })
      expect(await send('POST', '/api/registrations/search', 'admin', body, 'application/json')).toBe(400)
    }
    for (const v of raw) {
      for (const url of gets) expect(await send('GET', url(v), 'super1', undefined)).toBeLessThan(500)
      for (const [method, path] of [
        ['PATCH', `/api/events/${v}`],
        ['PATCH', `/api/users/${v}`],
        ['POST', `/api/registrations/${v}/review`],
        ['POST', `/api/devices/${v}/revoke`],
      ] as const) {
        const body = '{"name":"Tên mới","revision":1,"decision":"approve"}'
        expect(await send(method, path, 'admin', body, 'application/json')).toBeLessThan(500)
      }
    }
  })
})
