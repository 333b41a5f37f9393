// Issue #10 item 10: dates that Date.parse accepts (it rolls 2026-02-30 over to March) but PostgreSQL refuses
// must be a 400 at the edge, never a 500 from the query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'

const ID = 'aaaaaaaa-0000-4000-8000-000000000001'
const cursorOf = (collectedAt: string) => Buffer.from(JSON.stringify([collectedAt, ID])).toString('base64url')

const IMPOSSIBLE = [
  '2026-02-30T00:00:00.000Z',
  '2026-04-31T10:00:00.000Z',
  '2025-02-29T00:00:00+07:00',
  '2026-13-01T00:00:00Z',
  '2026-01-01T24:30:00Z',
  '2026-01-01T10:00:00+25:00',
]

describe('impossible calendar dates are refused at the edge', () => {
  let t: TestApp
  let admin: string
  beforeAll(async () => {
    t = await createTestApp()
    admin = await t.signIn('admin')
  })
  afterAll(() => t.close())

  it.each(IMPOSSIBLE)('list cursor %s is 400 invalid_cursor', async (at) => {
    const res = await t.call('GET', `/api/registrations?cursor=${cursorOf(at)}`, { token: admin })
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('invalid_cursor')
  })

  it.each(IMPOSSIBLE)('search cursor %s is 400 invalid_cursor', async (at) => {
    const res = await t.call('POST', '/api/registrations/search', {
      token: admin,
      json: { q: 'lan', cursor: cursorOf(at) },
    })
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('invalid_cursor')
  })

  it('a real leap day and a real cursor still page', async () => {
    for (const at of ['2024-02-29T00:00:00.000Z', '2026-11-25T02:30:00.000Z', '2026-11-25T09:30:00+07:00']) {
      const res = await t.call('GET', `/api/registrations?cursor=${cursorOf(at)}`, { token: admin })
      expect(res.status).toBe(200)
    }
  })

  it.each(['2026-02-30', '2026-04-31', '2025-02-29'])('audit and tally day %s is 400', async (day) => {
    for (const path of [`/api/audit?from=${day}`, `/api/audit?to=${day}`, `/api/reports/tally?from=${day}`]) {
      const res = await t.call('GET', path, { token: admin })
      expect(res.status, path).toBe(400)
    }
  })
})
