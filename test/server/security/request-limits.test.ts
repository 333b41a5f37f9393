// Issue #6, point 5: every JSON route refuses an oversized body with 413 before reading it whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_PUSH_BATCH, MAX_PUSH_BYTES } from '../../../src/domain/index.ts'
import { MAX_JSON_BYTES } from '../../../src/server/http/limit-json-bodies.ts'
import { DEVICE_1, registration } from '../helpers/registrations.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'

let t: TestApp
let admin = ''
let staff = ''
beforeAll(async () => {
  t = await createTestApp()
  admin = await t.signIn('admin')
  staff = (await t.staffDevice('staff1', DEVICE_1)).token
})
afterAll(() => t.close())

const ID = '99999999-9999-4999-8999-999999999999'
const JSON_ROUTES: [string, string][] = [
  ['POST', '/api/session'],
  ['POST', '/api/devices'],
  ['POST', `/api/devices/${ID}/revoke`],
  ['POST', '/api/registrations/search'],
  ['POST', `/api/registrations/${ID}/review`],
  ['POST', '/api/registrations/review-batch'],
  ['POST', '/api/events'],
  ['PATCH', '/api/events/lao-cai-demo'],
  ['POST', '/api/users'],
  ['PATCH', `/api/users/${ID}`],
  ['POST', `/api/users/${ID}/password`],
  ['POST', '/api/teams'],
  ['POST', '/api/cash/handovers'],
  ['POST', `/api/cash/handovers/${ID}/confirm`],
  // Last: at the limit it signs the admin out.
  ['DELETE', '/api/session'],
]

const padded = (bytes: number) => {
  const shell = '{"pad":""}'
  return `{"pad":"${'x'.repeat(bytes - shell.length)}"}`
}

describe('request size limits', () => {
  it.each(JSON_ROUTES)(
    '%s %s: one byte over the limit is 413, streamed or declared',
    async (method, path) => {
      const over = padded(MAX_JSON_BYTES + 1)
      const streamed = await t.call(method, path, {
        token: admin,
        body: over,
        headers: { 'Content-Type': 'application/json' },
      })
      expect(streamed.status).toBe(413)
      expect(streamed.body.error.code).toBe('payload_too_large')
      // A declared Content-Length over the limit is refused before a byte is read; anonymous callers too.
      const declared = await t.app.request(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(MAX_JSON_BYTES * 40) },
        body: over,
      })
      expect(declared.status).toBe(413)
      // At the limit the body is read and judged on its content.
      const at = await t.call(method, path, {
        token: admin,
        body: padded(MAX_JSON_BYTES),
        headers: { 'Content-Type': 'application/json' },
      })
      expect(at.status).not.toBe(413)
      expect(at.status).toBeLessThan(500)
    },
  )

  it('a push may be up to 5 MB; one byte more is 413 and more than 500 records is 413 batch_too_large', async () => {
    const push = (body: string) =>
      t.call('POST', '/api/sync/push', {
        token: staff,
        body,
        headers: { 'Content-Type': 'application/json' },
      })
    const big = (size: number) => {
      const shell = JSON.stringify({ deviceId: DEVICE_1, registrations: [], pad: '' })
      return shell.replace('"pad":""', `"pad":"${'x'.repeat(size - shell.length)}"`)
    }
    expect((await push(big(MAX_PUSH_BYTES))).status).toBe(200)
    const over = await push(big(MAX_PUSH_BYTES + 1))
    expect(over.status).toBe(413)
    expect(over.body.error.code).toBe('payload_too_large')
    const many = Array.from({ length: MAX_PUSH_BATCH + 1 }, () => registration())
    const batch = await push(JSON.stringify({ deviceId: DEVICE_1, registrations: many }))
    expect(batch.status).toBe(413)
    expect(batch.body.error).toMatchObject({ code: 'batch_too_large', details: { max: MAX_PUSH_BATCH } })
    const [count] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM registrations')
    expect(count?.n).toBe(0)
  })
})
