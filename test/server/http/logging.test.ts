import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLogger } from '../../../src/server/create-logger.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, registration, vsiPerson } from '../helpers/registrations.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const NAME = 'Thào Thị Mỷ'
const ID_NUMBER = '010199887766'
const PHONE = '0987654321'

describe('logs never carry personal data', () => {
  it('pushing, reading and failing with a known name, ID and phone leaves none of them in the log', async () => {
    const { token } = await t.staffDevice('staff1', DEVICE_1)
    const person = vsiPerson({ fullName: NAME, idNumber: ID_NUMBER, phone: PHONE })
    const good = registration({ participants: [person] })
    const bad = registration({ participants: [{ ...person, idNumber: `${ID_NUMBER}9` }] })
    const pushed = await t.call('POST', '/api/sync/push', {
      token,
      json: { deviceId: DEVICE_1, registrations: [good, bad] },
    })
    expect(pushed.body.results.map((r: { status: string }) => r.status)).toEqual(['accepted', 'rejected'])
    await t.call('GET', `/api/registrations/${good.id}`, { token })
    await t.call('POST', '/api/sync/push', { token, body: `{"fullName":"${NAME}","idNumber":"${ID_NUMBER}"` })
    const super1 = await t.signIn('super1')
    await t.call('GET', '/api/exports/d05-ts.csv?status=pending', { token: super1 })

    const log = t.logLines.join('\n')
    expect(t.logLines.length).toBeGreaterThan(5)
    expect(log).toContain('/api/sync/push')
    for (const secret of [NAME, ID_NUMBER, PHONE, token, super1, 'ghidanh-demo'])
      expect(log).not.toContain(secret)
  })

  it('logs the path without its query string, with status, duration and request id', async () => {
    t.logLines.length = 0
    await t.call('GET', '/api/registrations?status=pending&eventId=lao-cai-demo', {
      headers: { 'X-Request-Id': 'req-123' },
    })
    const line = JSON.parse(t.logLines.at(-1) ?? '{}')
    expect(line).toMatchObject({ method: 'GET', path: '/api/registrations', status: 401, reqId: 'req-123' })
    expect(typeof line.ms).toBe('number')
    expect(t.logLines.join('\n')).not.toContain('eventId')
  })

  it('redacts sensitive keys if code ever logs them', () => {
    const lines: string[] = []
    const logger = createLogger({ destination: { write: (l: string) => void lines.push(l) } })
    logger.info(
      {
        idNumber: ID_NUMBER,
        nested: { fullName: NAME, deeper: { phone: PHONE } },
        authorization: 'Bearer x',
      },
      'oops',
    )
    expect(lines.join('')).not.toMatch(new RegExp(`${ID_NUMBER}|${NAME}|${PHONE}|Bearer x`))
    expect(lines.join('')).toContain('[redacted]')
  })

  it('an unexpected error is a 500 with a request id, logged without its message', async () => {
    const broken = { ...t.db, query: () => Promise.reject(new Error(`boom ${ID_NUMBER}`)) }
    const { createApp } = await import('../../../src/server/http/create-app.ts')
    const lines: string[] = []
    const app = createApp({
      db: broken,
      logger: createLogger({ destination: { write: (l: string) => void lines.push(l) } }),
      now: () => t.clock.now,
    })
    const res = await app.request('/api/events', { headers: { Authorization: `Bearer ${'a'.repeat(43)}` } })
    expect(res.status).toBe(500)
    expect(await res.json()).toEqual({ error: { code: 'internal', message: expect.any(String) } })
    expect(lines.join('')).toContain('unhandled error')
    expect(lines.join('')).not.toContain(ID_NUMBER)
  })
})
