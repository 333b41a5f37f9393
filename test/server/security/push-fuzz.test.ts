// Issue #6, point 2: thousands of malformed pushes to the real app (real store) must each answer a 4xx or a
// per-record `rejected`/`conflict`, never a 5xx, and the registrations table grows by exactly the new ids
// answered `accepted`.
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  DEVICE_1,
  freshIdNumber,
  hiPerson,
  nextId,
  registration,
  vsiPerson,
} from '../helpers/registrations.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { hostileValue, mutate, pathsOf, Raw, rawFragments, toJsonText, type Mutation } from './fuzz-values.ts'

let t: TestApp
let token = ''
let prefix = ''
const known = new Set<string>()
const tally = {
  requests: 0,
  status4xx: 0,
  status5xx: 0,
  ok: 0,
  accepted: 0,
  duplicate: 0,
  rejected: 0,
  conflict: 0,
}

beforeAll(async () => {
  t = await createTestApp()
  ;({ token, receiptPrefix: prefix } = await t.staffDevice('staff1', DEVICE_1))
})
afterAll(async () => {
  console.log(
    `push fuzz: requests=${tally.requests} 2xx=${tally.ok} 4xx=${tally.status4xx} 5xx=${tally.status5xx} ` +
      `records accepted=${tally.accepted} duplicate=${tally.duplicate} rejected=${tally.rejected} conflict=${tally.conflict}`,
  )
  await t.close()
})

// Overlong and otherwise invalid UTF-8, spliced in as bytes where a string holds this marker.
const BAD_BYTES_MARK = 'ZZBADBYTESZZ'
const BAD_BYTES = [
  [0xc0, 0xaf],
  [0xe0, 0x80, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xff],
  [0xc3],
]

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  undefined,
]

interface MutationSpec {
  kind: Mutation['kind']
  /** Which path of the registration, modulo the number of paths. */
  at: number
  key: string
  value: unknown
}

const mutationArb: fc.Arbitrary<MutationSpec> = fc.record({
  kind: fc.constantFrom<Mutation['kind']>('set', 'set', 'set', 'delete', 'addKey'),
  at: fc.nat(),
  key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'toString', ''),
  value: fc.oneof(hostileValue, fc.constant(BAD_BYTES_MARK)),
})

type Body =
  | { kind: 'records'; records: { mutations: MutationSpec[]; reuse: boolean }[] }
  | { kind: 'resend'; pick: number }
  | { kind: 'envelope'; mutations: MutationSpec[] }
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; text: string }

const bodyArb: fc.Arbitrary<Body> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('records' as const),
      records: fc.array(
        fc.record({ mutations: fc.array(mutationArb, { maxLength: 3 }), reuse: fc.boolean() }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('envelope' as const),
      mutations: fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('json' as const), value: fc.jsonValue({ maxDepth: 4 }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('resend' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('text' as const),
      text: fc.oneof(
        fc.constant(''),
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.constantFrom(...rawFragments),
        fc.constant(`{"deviceId":"${DEVICE_1}","registrations":[`),
      ),
    }),
  },
)

function freshRegistration() {
  const participants =
    Math.random() < 0.5
      ? [vsiPerson({ idNumber: freshIdNumber() })]
      : [hiPerson({ idNumber: freshIdNumber('010078005678') })]
  return registration({ id: nextId(), participants }, prefix)
}

function apply(base: unknown, mutations: MutationSpec[]): unknown {
  const paths = [[], ...pathsOf(base)]
  return mutate(
    base,
    mutations.map((m): Mutation => {
      const path = paths[m.at % paths.length] ?? []
      return m.kind === 'delete'
        ? { kind: 'delete', path }
        : m.kind === 'addKey'
          ? { kind: 'addKey', path, key: m.key, value: m.value }
          : { kind: 'set', path, value: m.value }
    }),
  )
}

// What the last 'records' body sent, and every registration answered `accepted` (resent → `duplicate`).
let lastSent: unknown[] = []
const acceptedSent: unknown[] = []

function bodyText(body: Body): string {
  lastSent = []
  switch (body.kind) {
    case 'resend': {
      const again = acceptedSent[body.pick % Math.max(1, acceptedSent.length)]
      return toJsonText({ deviceId: DEVICE_1, registrations: again === undefined ? [] : [again] })
    }
    case 'text':
      return body.text
    case 'json':
      return JSON.stringify(body.value)
    case 'envelope':
      return toJsonText(apply({ deviceId: DEVICE_1, registrations: [freshRegistration()] }, body.mutations))
    case 'records': {
      const pool = [...known]
      const registrations = body.records.map((r) => {
        const base = freshRegistration()
        // Reusing a stored id: a duplicate, a conflict or an update, never a second row.
        if (r.reuse && pool.length > 0) base.id = pool[Math.floor(Math.random() * pool.length)] as string
        return apply(base, r.mutations)
      })
      lastSent = registrations
      return toJsonText({ deviceId: DEVICE_1, registrations })
    }
  }
}

function encode(text: string): Uint8Array<ArrayBuffer> {
  const parts = text.split(BAD_BYTES_MARK)
  const out: number[] = []
  parts.forEach((part, i) => {
    if (i > 0) out.push(...(BAD_BYTES[i % BAD_BYTES.length] as number[]))
    out.push(...Buffer.from(part, 'utf8'))
  })
  return Uint8Array.from(out)
}

async function counts() {
  const [row] = await t.db.query<{ regs: number; revs: number }>(
    `SELECT (SELECT count(*)::int FROM registrations) AS regs,
            (SELECT count(*)::int FROM registration_revisions) AS revs`,
  )
  return row ?? { regs: -1, revs: -1 }
}

async function send(bytes: Uint8Array<ArrayBuffer> | string, contentType: string | undefined) {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` }
  if (contentType) headers['Content-Type'] = contentType
  const res = await t.app.request('/api/sync/push', { method: 'POST', headers, body: bytes })
  const text = await res.text()
  tally.requests += 1
  if (res.status >= 500) tally.status5xx += 1
  else if (res.status >= 400) tally.status4xx += 1
  else tally.ok += 1
  return { status: res.status, text }
}

/** Sends, checks "4xx or per-record answers" and that the tables moved by exactly what was accepted. */
async function sendAndCheck(bytes: Uint8Array<ArrayBuffer> | string, contentType: string | undefined) {
  const before = await counts()
  const { status, text } = await send(bytes, contentType)
  if (status >= 500)
    throw new Error(
      `5xx ${status}: ${text.slice(0, 300)} ${t.logLines
        .filter((l) => l.includes('unhandled'))
        .at(-1)
        ?.slice(0, 600)}`,
    )
  expect([200, 400, 403, 413, 415]).toContain(status)
  let newRows = 0
  let accepted = 0
  if (status === 200) {
    const body = JSON.parse(text) as { results: { id: string; status: string }[] }
    for (const [i, r] of body.results.entries()) {
      expect(['accepted', 'duplicate', 'rejected', 'conflict']).toContain(r.status)
      tally[r.status as 'accepted'] += 1
      if (r.status === 'accepted') {
        accepted += 1
        if (!known.has(r.id)) newRows += 1
        known.add(r.id)
        if (lastSent[i] !== undefined) acceptedSent.push(lastSent[i])
      }
    }
  } else {
    expect(JSON.parse(text)).toMatchObject({ error: { code: expect.any(String) } })
  }
  const after = await counts()
  expect(after.regs - before.regs).toBe(newRows)
  expect(after.revs - before.revs).toBe(accepted)
}

describe('push fuzz: never a 5xx, rows only for what was accepted', () => {
  it('random malformed envelopes and registrations', async () => {
    await fc.assert(
      fc.asyncProperty(bodyArb, fc.constantFrom(...CONTENT_TYPES), async (body, contentType) => {
        await sendAndCheck(encode(bodyText(body)), contentType)
      }),
      { numRuns: 300, endOnFailure: true },
    )
    expect(tally.status5xx).toBe(0)
    // The generator must reach the store, not only bounce off the envelope check.
    // (300 runs reach about 55 accepted, 250 rejected and 25 duplicate records; the floors leave room for chance.)
    expect(tally.accepted).toBeGreaterThan(15)
    expect(tally.rejected).toBeGreaterThan(60)
    expect(tally.duplicate).toBeGreaterThan(3)
  })

  it('a 10 MB body is 413, without reading it into the database', async () => {
    const name = 'A'.repeat(10 * 1024 * 1024)
    const text = JSON.stringify({
      deviceId: DEVICE_1,
      registrations: [{ ...freshRegistration(), note: name }],
    })
    const before = await counts()
    const res = await send(text, 'application/json')
    expect(res.status).toBe(413)
    expect((await counts()).regs).toBe(before.regs)
  })

  it('just under 5 MB of hostile names in one batch: every record rejected, nothing stored', async () => {
    const big = Array.from({ length: 40 }, () => {
      const reg = freshRegistration()
      return { ...reg, participants: [{ ...reg.participants[0], fullName: 'Lý'.repeat(60_000) }] }
    })
    await sendAndCheck(JSON.stringify({ deviceId: DEVICE_1, registrations: big }), 'application/json')
  })

  it('the nastiest fixed cases, each alone', async () => {
    const reg = () => freshRegistration() as unknown as Record<string, unknown>
    const person = (over: Record<string, unknown>) => {
      const r = reg()
      r['participants'] = [{ ...(r['participants'] as object[])[0], ...over }]
      return r
    }
    const cases: unknown[] = [
      person({ fullName: "Robert'); DROP TABLE registrations;--" }),
      person({ fullName: "O'Neil Lý" }),
      person({ fullName: '<script>alert(1)</script>' }),
      person({ address: { provinceCode: '15', commune: "x'); DELETE FROM users;--" } }),
      person({ address: { provinceCode: '15', commune: 'Xã\u0000Y Tý' } }),
      person({ address: { provinceCode: '15', commune: 'Xã \ud800 Tý' } }),
      person({ address: { provinceCode: '15', commune: 'Xã Y Tý', village: '<b>\u0000</b>' } }),
      { ...reg(), note: '\u0000' },
      { ...reg(), note: '\udfff' },
      { ...reg(), eventId: 'lao-cai-demo\u0000' },
      { ...reg(), eventId: '\ud800' },
      { ...reg(), revision: 2 ** 31 },
      { ...reg(), revision: 1.5 },
      { ...reg(), payment: { method: 'cash', amountCollected: -2_376_000, receiptNo: `${prefix}-000001` } },
      { ...reg(), payment: { method: 'cash', amountCollected: 2_376_000.5, receiptNo: `${prefix}-000001` } },
      { ...reg(), payment: { method: 'cash', amountCollected: 1e308, receiptNo: `${prefix}-000001` } },
      { ...reg(), collectedAt: '275760-09-13T00:00:00Z' },
      { ...reg(), collectedAt: '1900-01-01T00:00:00+07:00' },
      { ...reg(), collectedAt: '2026-02-30T09:00:00+07:00' },
      { ...reg(), void: { reason: '\u0000\u0000\u0000', at: '2026-11-25T10:00:00+07:00' } },
      { ...reg(), void: { reason: '\ud800\ud800\ud800', at: '2026-11-25T10:00:00+07:00' } },
    ]
    for (const item of cases) {
      await sendAndCheck(toJsonText({ deviceId: DEVICE_1, registrations: [item] }), 'application/json')
    }
    for (const fragment of rawFragments) {
      await sendAndCheck(
        toJsonText({ deviceId: DEVICE_1, registrations: [new Raw(fragment)] }),
        'application/json',
      )
      await sendAndCheck(toJsonText({ deviceId: new Raw(fragment), registrations: [] }), 'application/json')
      await sendAndCheck(fragment, 'application/json')
    }
    // A prototype-polluting body leaves Object.prototype alone.
    expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined()
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(tally.status5xx).toBe(0)
  })
})
