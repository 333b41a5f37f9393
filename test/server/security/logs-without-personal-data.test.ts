// Issue #6, point 5: every write path driven with a known name, ID number and phone; not one log line (nor the
// audit log, nor the error handler's output for a forced 500) may contain them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../../../src/server/create-logger.ts'
import { createApp } from '../../../src/server/http/create-app.ts'
import type { Db } from '../../../src/server/store/db.ts'
import { DEVICE_1, DEVICE_2, hiPerson, registration, vsiPerson } from '../helpers/registrations.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'

const NAME = 'Vàng Thị Sếnh'
const FOLDED = 'vang thi senh'
const ID_NUMBER = '010190777123'
const ID_NUMBER_2 = '010078777456'
const PHONE = '0978123456'
const SECRETS = [NAME, FOLDED, ID_NUMBER, ID_NUMBER_2, PHONE, 'Sếnh', '777123', '978123456']

let t: TestApp
const tokens: Record<string, string> = {}

beforeAll(async () => {
  t = await createTestApp()
  tokens['staff1'] = (await t.staffDevice('staff1', DEVICE_1)).token
  tokens['staff2'] = (await t.staffDevice('staff2', DEVICE_2)).token
  tokens['super1'] = await t.signIn('super1')
  tokens['admin'] = await t.signIn('admin')
})
afterAll(() => t.close())

function expectClean(text: string) {
  for (const secret of SECRETS) expect(text, `log contains "${secret}"`).not.toContain(secret)
}

const person = (over = {}) => vsiPerson({ fullName: NAME, idNumber: ID_NUMBER, phone: PHONE, ...over })

describe('no personal data in logs', () => {
  it('every write and read path with known values leaves none of them in any log line or audit entry', async () => {
    const push = (token: string, deviceId: string, registrations: unknown[]) =>
      t.call('POST', '/api/sync/push', { token, json: { deviceId, registrations } })
    const s1 = tokens['staff1'] as string
    const s2 = tokens['staff2'] as string
    const sup = tokens['super1'] as string
    const admin = tokens['admin'] as string

    // Push: accepted, a hard duplicate on another device, rejected (bad ID, bad phone, bad name), conflict.
    const a = registration({ participants: [person(), hiPerson({ fullName: NAME, idNumber: ID_NUMBER_2 })] })
    const dup = registration({ deviceId: DEVICE_2, participants: [person()] })
    const rejected = [
      registration({ participants: [person({ idNumber: `${ID_NUMBER}9` })] }),
      registration({ participants: [person({ phone: `${PHONE}99` })] }),
      registration({ participants: [person({ fullName: `${NAME} <b>${ID_NUMBER}</b>` })] }),
      registration({ participants: [person()], note: `${NAME} ${ID_NUMBER} ${PHONE}` }),
    ]
    expect((await push(s1, DEVICE_1, [a, ...rejected])).body.results[0].status).toBe('accepted')
    expect((await push(s2, DEVICE_2, [dup])).body.results[0].status).toBe('accepted')
    await push(s1, DEVICE_1, [{ ...a, participants: [person({ phone: '0911111111' })] }]) // content_differs
    await push(s2, DEVICE_2, [{ ...a, deviceId: DEVICE_2, revision: 2 }]) // other_owner
    const a2 = registration({
      id: a.id,
      revision: 2,
      participants: [person({ phone: '0911111112' }), ...a.participants.slice(1)],
    })
    expect((await push(s1, DEVICE_1, [a2])).body.results[0].status).toBe('accepted')
    // Broken JSON quoting the values, and a body that is not JSON at all.
    await t.call('POST', '/api/sync/push', {
      token: s1,
      body: `{"fullName":"${NAME}","idNumber":"${ID_NUMBER}"`,
    })
    await t.call('POST', '/api/sync/push', { token: s1, body: `${NAME} ${ID_NUMBER} ${PHONE}` })

    // Search by name and by ID number; the GET list refuses them in the URL (and must not log the URL's query).
    await t.call('POST', '/api/registrations/search', { token: sup, json: { q: FOLDED } })
    await t.call('POST', '/api/registrations/search', { token: sup, json: { q: ID_NUMBER } })
    await t.call('POST', '/api/registrations/search', { token: sup, json: { q: `${ID_NUMBER}${PHONE}` } })
    await t.call('GET', `/api/registrations?q=${encodeURIComponent(NAME)}&idNumber=${ID_NUMBER}`, {
      token: sup,
    })
    await t.call('GET', `/api/registrations?commune=${encodeURIComponent(NAME)}`, { token: sup })
    await t.call('GET', `/api/registrations/${a.id}`, { token: sup })

    // Review: comments and override reasons that quote the person.
    const comment = `Sai tên ${NAME}, số ${ID_NUMBER}, gọi ${PHONE}`
    await t.call('POST', `/api/registrations/${dup.id}/review`, {
      token: sup,
      json: { revision: 1, decision: 'return', comment },
    })
    await t.call('POST', `/api/registrations/${a.id}/review`, {
      token: sup,
      json: { revision: 2, decision: 'approve', override: { reason: comment } },
    })
    await t.call('POST', `/api/registrations/${a.id}/review`, {
      token: sup,
      json: { revision: 2, decision: 'reject', comment },
    })
    await t.call('POST', '/api/registrations/review-batch', {
      token: sup,
      json: { items: [{ id: dup.id, revision: 1 }], decision: 'reject', comment },
    })
    await t.call('POST', `/api/registrations/${a.id}/review`, {
      token: sup,
      json: { comment, idNumber: ID_NUMBER },
    })

    // Exports carry the data by design: the download itself must not end up in a log line.
    for (const path of ['d05-ts.csv', 'd03-ts.csv', 'd05-ts.xlsx', 'd03-ts.xlsx']) {
      const res = await t.call('GET', `/api/exports/${path}?status=approved`, { token: sup })
      expect(res.status).toBe(200)
    }
    const csv = await t.call('GET', '/api/exports/d05-ts.csv?status=approved', { token: sup })
    expect(csv.text).toContain(ID_NUMBER)
    await t.call('GET', '/api/reports/tally', { token: sup })
    await t.call('GET', '/api/sync/pull', { token: s1 })

    // Other write paths with the values where a careless caller might type them.
    await t.call('POST', '/api/session', { json: { username: ID_NUMBER, password: PHONE } })
    await t.call('POST', '/api/session', { json: { username: 'staff1', password: NAME } })
    await t.call('POST', '/api/devices', {
      token: s1,
      json: { deviceId: '44444444-4444-4444-8444-444444444444', label: `${NAME} ${PHONE}` },
    })
    await t.call('POST', '/api/events', {
      token: sup,
      json: {
        name: `Nhà ${NAME}`,
        kind: 'other',
        startsOn: '2026-12-01',
        endsOn: '2026-12-01',
        provinceCode: '15',
        commune: PHONE,
      },
    })
    await t.call('POST', '/api/cash/handovers', {
      token: s1,
      json: { eventId: 'lao-cai-demo', declaredVnd: 0, receiptNos: [ID_NUMBER] },
    })
    await t.call('POST', '/api/users', {
      token: admin,
      json: { username: PHONE, displayName: NAME, role: 'staff', teamId: 'team-a', password: ID_NUMBER },
    })
    await t.call('GET', '/api/audit?limit=200', { token: admin })

    expect(t.logLines.length).toBeGreaterThan(30)
    for (const line of t.logLines) expect(() => JSON.parse(line)).not.toThrow()
    expectClean(t.logLines.join('\n'))
    const audit = await t.db.query<{ detail: unknown; entity_id: string | null }>(
      'SELECT detail, entity_id FROM audit_log',
    )
    expectClean(JSON.stringify(audit))
  })

  it('a forced 500 mid-push (the driver quoting the values) logs the error name and code, not its message', async () => {
    const lines: string[] = []
    const quoting = `duplicate key value (id_number)=(${ID_NUMBER}) name=${NAME} phone=${PHONE}`
    const failing: Db = {
      ...t.db,
      transaction: () =>
        Promise.reject(Object.assign(new Error(quoting), { code: '23505', detail: quoting })),
    }
    const app = createApp({
      db: failing,
      logger: createLogger({ level: 'debug', destination: { write: (l: string) => void lines.push(l) } }),
      now: () => t.clock.now,
    })
    const reg = registration({ participants: [person({ idNumber: '010190777999' })] })
    const res = await app.request('/api/sync/push', {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens['staff1']}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ deviceId: DEVICE_1, registrations: [reg] }),
    })
    expect(res.status).toBe(500)
    const text = await res.text()
    expectClean(text)
    const log = lines.join('\n')
    expect(log).toContain('unhandled error')
    expect(log).toContain('23505')
    expectClean(log)
    expect(log).not.toContain(quoting)
  })

  it('an export that fails mid-stream logs no row content', async () => {
    const lines: string[] = []
    const flaky: Db = {
      ...t.db,
      query: (async (sql: string, params?: unknown[]) => {
        // Auth and the audit pass; reading the rows fails with a message quoting one.
        if (/FROM registrations/.test(sql)) throw new Error(`row ${NAME} ${ID_NUMBER}`)
        return t.db.query(sql, params)
      }) as Db['query'],
    }
    const app = createApp({
      db: flaky,
      logger: createLogger({ destination: { write: (l: string) => void lines.push(l) } }),
      now: () => t.clock.now,
    })
    const res = await app.request('/api/exports/d05-ts.csv?status=approved', {
      headers: { Authorization: `Bearer ${tokens['super1']}` },
    })
    await res.text().catch(() => '')
    expect(lines.length).toBeGreaterThan(0)
    expectClean(lines.join('\n'))
  })
})
