import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportRowBatches } from '../../../src/server/http/export/export-row-batches.ts'
import { exportBatches } from '../../../src/server/store/export-batches.ts'
import { defaultRules, type Registration } from '../../../src/domain/index.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, freshIdNumber, registration, vsiPerson } from '../helpers/registrations.ts'

let t: TestApp
let token: string
const ids: string[] = []
const regs: Registration[] = []

beforeAll(async () => {
  t = await createTestApp()
  ;({ token } = await t.staffDevice('staff1', DEVICE_1))
  // Two at the same instant: the keyset must tie-break on id and never skip or repeat one.
  const times = ['08:00', '08:00', '09:00', '10:00', '11:00']
  regs.push(
    ...times.map((hh) =>
      registration({
        collectedAt: `2026-11-25T${hh}:00+07:00`,
        participants: [vsiPerson({ idNumber: freshIdNumber() })],
      }),
    ),
  )
  await t.call('POST', '/api/sync/push', { token, json: { deviceId: DEVICE_1, registrations: regs } })
  ids.push(...regs.map((r) => r.id))
})
afterAll(() => t.close())

const admin = () => {
  const u = t.seed.users['admin']
  if (!u) throw new Error('no admin')
  return u
}

describe('exportBatches', () => {
  it('reads the whole list oldest first in batches of the given size, without gaps or repeats', async () => {
    const batches: string[][] = []
    for await (const b of exportBatches(t.db, admin(), { status: 'pending', scheme: 'vsi' }, 2)) {
      batches.push(b.map((r) => r.id))
    }
    expect(batches.map((b) => b.length)).toEqual([2, 2, 1])
    expect(batches.flat()).toEqual([...ids.slice(0, 2).sort(), ...ids.slice(2)])
    expect(new Set(batches.flat()).size).toBe(5)
  })

  it('numbers STT straight through the batches', async () => {
    const source = exportRowBatches(t.db, admin(), 'd05-ts', { status: 'pending' }, defaultRules)
    const stt: unknown[] = []
    for await (const rows of source.batches) stt.push(...rows.map((r) => r['STT']))
    expect(stt).toEqual([1, 2, 3, 4, 5])
    const none = []
    for await (const b of exportBatches(t.db, admin(), { status: 'pending', scheme: 'hi' })) none.push(b)
    expect(none).toEqual([])
  })

  it('leaves voided receipts out without stopping at a batch they empty', async () => {
    // Void both registrations of the first batch of two: the list goes on with the other three.
    const voided = regs.slice(0, 2).map((r) => ({
      ...r,
      revision: 2,
      void: { reason: 'Ghi nhầm người', at: '2026-11-25T12:00:00+07:00' },
    }))
    const res = await t.call('POST', '/api/sync/push', {
      token,
      json: { deviceId: DEVICE_1, registrations: voided },
    })
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['accepted', 'accepted'])
    const listed: string[] = []
    for await (const b of exportBatches(t.db, admin(), { status: 'pending', scheme: 'vsi' }, 2)) {
      listed.push(...b.map((r) => r.id))
    }
    expect(listed).toEqual(ids.slice(2))
  })
})
