import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, freshIdNumber, hiPerson, registration, vsiPerson } from '../helpers/registrations.ts'

let t: TestApp

beforeAll(async () => {
  t = await createTestApp()
  const { token } = await t.staffDevice('staff1', DEVICE_1)
  // A service-only participant: no scheme, so no `hi` key at all.
  const { hi: _hi, ...serviceOnly } = hiPerson({
    idNumber: freshIdNumber('010078000000'),
    services: { vssidAssisted: true, cashlessPension: false },
  })
  const regs = [
    registration({ participants: [vsiPerson({ idNumber: freshIdNumber() }), hiPerson()] }),
    registration({ participants: [serviceOnly] }),
  ]
  const res = await t.call('POST', '/api/sync/push', {
    token,
    json: { deviceId: DEVICE_1, registrations: regs },
  })
  expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['accepted', 'accepted'])
})
afterAll(() => t.close())

describe('tally_record', () => {
  it('holds no names or phones, and the TypeScript writer agrees with migration 0003’s backfill', async () => {
    const written = await t.db.query<{ id: string; tally_record: Record<string, unknown> }>(
      'SELECT id, tally_record FROM registrations ORDER BY id',
    )
    expect(written).toHaveLength(2)
    const text = JSON.stringify(written)
    expect(text).not.toContain('Hoàng')
    expect(text).not.toContain('0912345678')
    expect(text).not.toContain('LC001')
    const sql = await readFile(
      new URL('../../../src/server/store/migrations/0003_tally_record.sql', import.meta.url),
      'utf8',
    )
    const update = sql.slice(sql.indexOf('UPDATE registrations'))
    await t.db.exec(update)
    const backfilled = await t.db.query('SELECT id, tally_record FROM registrations ORDER BY id')
    expect(backfilled).toEqual(written)
  })
})
