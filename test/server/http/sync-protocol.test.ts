// The sync protocol version travels in X-Ghidanh-Protocol. Phones from before the header send none and
// must keep syncing; a version the server does not know gets a clear 400 and nothing is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROTOCOL_HEADER, SYNC_PROTOCOL_VERSION } from '../../../src/domain/api/sync.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, registration } from '../helpers/registrations.ts'

let t: TestApp
let token: string

beforeAll(async () => {
  t = await createTestApp()
  token = (await t.staffDevice('staff1', DEVICE_1)).token
})
afterAll(() => t.close())

const push = (registrations: unknown[], version?: string) =>
  t.call('POST', '/api/sync/push', {
    token,
    json: { deviceId: DEVICE_1, registrations },
    headers: version === undefined ? {} : { [PROTOCOL_HEADER]: version },
  })

async function stored(id: string): Promise<number> {
  const [row] = await t.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM registrations WHERE id = $1',
    [id],
  )
  return row?.n ?? 0
}

describe('sync protocol version', () => {
  it('accepts a phone from before the header (no version sent) and one that sends the current version', async () => {
    const old = registration()
    expect((await push([old])).body.results).toEqual([{ id: old.id, revision: 1, status: 'accepted' }])
    const current = registration()
    const answer = await push([current], String(SYNC_PROTOCOL_VERSION))
    expect(answer.body.results).toEqual([{ id: current.id, revision: 1, status: 'accepted' }])
    const pull = await t.call('GET', '/api/sync/pull', {
      token,
      headers: { [PROTOCOL_HEADER]: String(SYNC_PROTOCOL_VERSION) },
    })
    expect(pull.status).toBe(200)
  })

  it('refuses a version it does not know with a clear code, and stores nothing', async () => {
    for (const version of ['99', 'abc']) {
      const reg = registration()
      const answer = await push([reg], version)
      expect(answer.status).toBe(400)
      expect(answer.body.error).toMatchObject({ code: 'unsupported_protocol', details: { supported: [1] } })
      expect(await stored(reg.id)).toBe(0)
    }
    const pull = await t.call('GET', '/api/sync/pull', { token, headers: { [PROTOCOL_HEADER]: '2' } })
    expect(pull.status).toBe(400)
    expect(pull.body.error.code).toBe('unsupported_protocol')
  })
})
