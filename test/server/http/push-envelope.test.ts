import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, freshIdNumber, registration, vsiPerson } from '../helpers/registrations.ts'

let t: TestApp
let token: string

beforeAll(async () => {
  t = await createTestApp()
  token = (await t.staffDevice('staff1', DEVICE_1)).token
})
afterAll(() => t.close())

const pushRaw = (body: string) =>
  t.call('POST', '/api/sync/push', { token, body, headers: { 'Content-Type': 'application/json' } })

describe('a malformed push envelope is a 4xx for the whole request, never a 5xx', () => {
  it('not JSON', async () => {
    const res = await pushRaw('{"deviceId": ')
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('invalid_json')
  })

  it('registrations is not an array, or missing', async () => {
    for (const body of [
      { deviceId: DEVICE_1, registrations: {} },
      { deviceId: DEVICE_1, registrations: 'x' },
      { deviceId: DEVICE_1 },
      [],
      null,
      'text',
    ]) {
      const res = await pushRaw(JSON.stringify(body))
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.body.error.code).toBe('invalid_request')
    }
  })

  it('deviceId missing or not a UUID', async () => {
    const res = await pushRaw(JSON.stringify({ deviceId: 'phone-1', registrations: [] }))
    expect(res.status).toBe(400)
    expect(res.body.error.details.issues[0].path).toBe('deviceId')
  })

  it('501 registrations', async () => {
    const reg = registration()
    const res = await pushRaw(
      JSON.stringify({ deviceId: DEVICE_1, registrations: Array.from({ length: 501 }, () => reg) }),
    )
    expect(res.status).toBe(413)
    expect(res.body.error).toMatchObject({ code: 'batch_too_large', details: { max: 500, received: 501 } })
    const [n] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM registrations')
    expect(n?.n).toBe(0)
  })

  it('a 6 MB body', async () => {
    const note = 'x'.repeat(6 * 1024 * 1024)
    const res = await pushRaw(JSON.stringify({ deviceId: DEVICE_1, registrations: [{ note }] }))
    expect(res.status).toBe(413)
    expect(res.body.error.code).toBe('payload_too_large')
  })

  it('an empty batch is fine', async () => {
    const res = await pushRaw(JSON.stringify({ deviceId: DEVICE_1, registrations: [] }))
    expect(res.status).toBe(200)
    expect(res.body.results).toEqual([])
  })

  it('500 registrations in one batch are all answered', async () => {
    // 500 different people with 500 receipts, as a phone would send them. (500 copies of one person made
    // every insert flag all earlier copies: 125,000 flag rows, quadratic, ~34 s on a busy machine.)
    const regs = Array.from({ length: 500 }, (_, i) => {
      const r = registration({ participants: [vsiPerson({ idNumber: freshIdNumber() })] })
      return {
        ...r,
        payment: r.payment && { ...r.payment, receiptNo: `LC001-${String(i + 1).padStart(6, '0')}` },
      }
    })
    const res = await pushRaw(JSON.stringify({ deviceId: DEVICE_1, registrations: regs }))
    expect(res.status).toBe(200)
    expect(res.body.results).toHaveLength(500)
    expect(res.body.results.every((r: { status: string }) => r.status === 'accepted')).toBe(true)
    // Stored across several set-based transactions (50 on PGlite, 250 on PostgreSQL): each once, each with
    // its first revision, its people and one audit entry, and each with a change number of its own.
    const ids = regs.map((r) => r.id)
    const [counts] = await t.db.query<{
      regs: number
      revisions: number
      people: number
      audit: number
      seqs: number
    }>(
      `SELECT (SELECT count(*)::int FROM registrations WHERE id = ANY($1::uuid[])) AS regs,
              (SELECT count(*)::int FROM registration_revisions WHERE registration_id = ANY($1::uuid[])) AS revisions,
              (SELECT count(*)::int FROM registration_people WHERE registration_id = ANY($1::uuid[])) AS people,
              (SELECT count(*)::int FROM audit_log WHERE entity = 'registration' AND entity_id = ANY($1::text[])) AS audit,
              (SELECT count(DISTINCT change_seq)::int FROM registrations WHERE id = ANY($1::uuid[])) AS seqs`,
      [ids],
    )
    expect(counts).toEqual({ regs: 500, revisions: 500, people: 500, audit: 500, seqs: 500 })
  })
})

describe('other API errors', () => {
  it('unknown /api routes answer JSON 404', async () => {
    const res = await t.call('GET', '/api/nope')
    expect(res.status).toBe(404)
    expect(res.body.error.code).toBe('not_found')
    expect(res.headers.get('cache-control')).toBe('no-store')
    const unauthorized = await t.call('GET', '/api/registrations')
    expect(unauthorized.status).toBe(401)
    expect(unauthorized.headers.get('cache-control')).toBe('no-store')
  })

  it('every /api answer is no-store and carries security headers and a request id', async () => {
    const res = await t.call('GET', '/api/health')
    expect(res.body).toEqual({ status: 'ok' })
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('x-request-id')).toBeTruthy()
  })
})
