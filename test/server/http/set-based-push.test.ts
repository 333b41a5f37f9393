// A push of registrations the server has never seen is stored in one transaction (save-new-batch.ts); the
// rest of the batch goes one at a time. Same answers, same rows, same audit as one at a time would give.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, freshIdNumber, registration, vsiPerson } from '../helpers/registrations.ts'

let t: TestApp
let token = ''
let prefix = ''

beforeAll(async () => {
  t = await createTestApp()
  ;({ token, receiptPrefix: prefix } = await t.staffDevice('staff1', DEVICE_1))
})
afterAll(() => t.close())

const fellBack = () => t.logLines.filter((l) => l.includes('set-based push fell back'))
const newOne = (idNumber = freshIdNumber()) =>
  registration({ participants: [vsiPerson({ idNumber })] }, prefix)

async function push(registrations: unknown[]) {
  const res = await t.call<{ results: { id: string; status: string; reason?: string }[] }>(
    'POST',
    '/api/sync/push',
    { token, json: { deviceId: DEVICE_1, registrations } },
  )
  expect(res.status).toBe(200)
  return res.body.results
}

describe('set-based push', () => {
  it('stores new registrations together: rows, people, receipts, flags, audit and pull order', async () => {
    const shared = freshIdNumber()
    const regs = [newOne(shared), newOne(), newOne(), newOne(shared)]
    const results = await push(regs)
    expect(results.map((r) => [r.id, r.status])).toEqual(regs.map((r) => [r.id, 'accepted']))
    expect(fellBack()).toEqual([])

    const ids = regs.map((r) => r.id)
    const stored = await t.db.query<{ id: string; change_seq: string; revision: number }>(
      `SELECT id::text AS id, change_seq::text AS change_seq, revision FROM registrations
        WHERE id = ANY($1::uuid[]) ORDER BY change_seq`,
      [ids],
    )
    // In the order sent, one change each: a phone's pull meets them as it sent them.
    expect(stored.map((s) => s.id)).toEqual(ids)
    const [people] = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM registration_people WHERE registration_id = ANY($1::uuid[])',
      [ids],
    )
    expect(people?.n).toBe(4)
    const claims = await t.db.query<{ receipt_no: string }>(
      'SELECT receipt_no FROM receipt_claims WHERE registration_id = ANY($1::uuid[]) ORDER BY receipt_no',
      [ids],
    )
    expect(claims.map((c) => c.receipt_no)).toEqual(regs.map((r) => r.payment?.receiptNo).sort())
    const audit = await t.db.query<{ entity_id: string; detail: { hardFlags: number; revision: number } }>(
      `SELECT entity_id, detail FROM audit_log WHERE action = 'registration.create' AND entity_id = ANY($1::text[])
        ORDER BY id`,
      [ids],
    )
    expect(audit.map((a) => a.entity_id)).toEqual(ids)
    expect(audit.map((a) => a.detail.hardFlags)).toEqual([1, 0, 0, 1])
    const [first, , , last] = ids
    const flags = await t.db.query<{ registration_id: string; other_id: string }>(
      `SELECT registration_id::text AS registration_id, other_id::text AS other_id FROM registration_flags
        WHERE registration_id = ANY($1::uuid[]) AND kind = 'duplicate_id' ORDER BY 1`,
      [ids],
    )
    expect(flags).toHaveLength(2)
    expect(flags).toContainEqual({ registration_id: first, other_id: last })
    expect(flags).toContainEqual({ registration_id: last, other_id: first })

    // Sent again (the answer was lost): every one is a duplicate, nothing new is written.
    expect((await push(regs)).map((r) => r.status)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'duplicate',
    ])
  })

  it('leaves what is not certainly new to the one-at-a-time path, and answers in request order', async () => {
    const before = newOne()
    await push([before])
    const update = { ...before, revision: 2, note: 'sửa lại' }
    const taken = { ...newOne(), payment: before.payment }
    const twice = newOne()
    const bad = { ...newOne(), participants: [] }
    const fresh = [newOne(), newOne()]
    const batch = [fresh[0], update, taken, twice, bad, twice, fresh[1]]
    const results = await push(batch)
    expect(results.map((r) => r.status)).toEqual([
      'accepted',
      'accepted',
      'conflict',
      'accepted',
      'rejected',
      'duplicate',
      'accepted',
    ])
    expect(results[2]?.reason).toBe('receipt_number_taken')
    expect(fellBack()).toEqual([])
    const [row] = await t.db.query<{ revision: number }>('SELECT revision FROM registrations WHERE id = $1', [
      before.id,
    ])
    expect(row?.revision).toBe(2)
  })
})
