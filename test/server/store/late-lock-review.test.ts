// Found by an adversarial review of the set-based push taking the change lock last (save-new-batch.ts). On
// PostgreSQL each test forces its interleaving by holding a lock until the writers queue behind it; on PGlite
// (one connection) requests cannot interleave, and the same writes run one after the other, to the same end.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

const retried: string[] = []
vi.mock('../../../src/server/store/retry-transaction.ts', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../../src/server/store/retry-transaction.ts')>()
  return {
    ...orig,
    retryTransaction: <T>(run: () => Promise<T>) =>
      orig.retryTransaction(async () => {
        try {
          return await run()
        } catch (e) {
          retried.push(String((e as { code?: unknown }).code))
          throw e
        }
      }),
  }
})

import type { Registration } from '../../../src/domain/index.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, DEVICE_3, freshIdNumber, registration, vsiPerson } from '../helpers/registrations.ts'
import { CHANGE_LOCK } from '../../../src/server/store/take-change-seq.ts'
import { holdLock, lockWaiters } from '../helpers/pg-locks.ts'

let t: TestApp
let staff1: { token: string; receiptPrefix: string }
let staff3: { token: string; receiptPrefix: string }
let super1: string
let receipt = 0
let nameNo = 0
const NAMES = ['Lò Văn Sáng', 'Vàng Thị Mai', 'Sùng A Chứ', 'Thào Thị Dợ', 'Giàng Văn Pử', 'Lý Thị Sa']

beforeAll(async () => {
  t = await createTestApp()
  staff1 = await t.staffDevice('staff1', DEVICE_1)
  staff3 = await t.staffDevice('staff3', DEVICE_3)
  super1 = await t.signIn('super1')
})
afterAll(() => t.close())

function reg(prefix: string, deviceId: string, idNumber: string, fullName = NAMES[nameNo++ % NAMES.length]!) {
  receipt += 1
  const r = registration({ deviceId, participants: [vsiPerson({ idNumber, fullName })] })
  return {
    ...r,
    payment: r.payment && { ...r.payment, receiptNo: `${prefix}-${String(receipt).padStart(6, '0')}` },
  } as Registration
}
const push = (who: { token: string }, deviceId: string, registrations: Registration[]) =>
  t.call('POST', '/api/sync/push', { token: who.token, json: { deviceId, registrations } })

const pg = !!process.env['TEST_DATABASE_URL']

describe('set-based push with the change lock last', () => {
  it('a review of a registration the batch flags, under the change lock meanwhile: no deadlock', async () => {
    const idNumber = freshIdNumber()
    const x = reg(staff1.receiptPrefix, DEVICE_1, idNumber)
    expect((await push(staff1, DEVICE_1, [x])).status).toBe(200)
    const batch = [
      reg(staff3.receiptPrefix, DEVICE_3, idNumber),
      reg(staff3.receiptPrefix, DEVICE_3, freshIdNumber()),
    ]
    retried.length = 0

    const review = () =>
      t.call('POST', `/api/registrations/${x.id}/review`, {
        token: super1,
        json: { revision: 1, decision: 'return', comment: 'Kiểm tra lại' },
      })
    let answers
    if (!pg) {
      answers = [await review(), await push(staff3, DEVICE_3, batch)]
    } else {
      const holder = await holdLock(t.db, 'SELECT pg_advisory_xact_lock($1)', [CHANGE_LOCK])
      // The review queues for the change lock first...
      const reviewed = review()
      await lockWaiters(t.db, 'advisory', 1)
      // ...then the batch writes its rows and flags (a key-share lock on x through the flag's foreign key)
      // and queues behind it.
      const pushed = push(staff3, DEVICE_3, batch)
      await lockWaiters(t.db, 'advisory', 2)
      holder.release()
      await holder.done
      answers = await Promise.all([reviewed, pushed])
    }
    for (const a of answers) expect(a.status, a.text).toBeLessThan(500)
    // The review's UPDATE sets change_seq. While it was a key column (before migration 0028) that took the
    // FOR UPDATE lock, which waited on the batch's key share while holding the change lock the batch waited for.
    expect(retried).not.toContain('40P01')
  })

  it('an update that removes the match, committed between the batch flag statement and its lock: no stale flag', async () => {
    const idNumber = freshIdNumber()
    const w = reg(staff1.receiptPrefix, DEVICE_1, idNumber)
    const x = reg(staff1.receiptPrefix, DEVICE_1, idNumber)
    expect((await push(staff1, DEVICE_1, [w])).status).toBe(200)
    expect((await push(staff1, DEVICE_1, [x])).status).toBe(200)
    // x's phone corrects a typo in the ID number (and the name).
    const newId = freshIdNumber()
    const x2: Registration = {
      ...x,
      revision: 2,
      participants: x.participants.map((p) => ({ ...p, idNumber: newId, fullName: 'Hờ Thị Chớ' })),
    }
    const r1 = reg(staff3.receiptPrefix, DEVICE_3, idNumber)
    const batch = [r1, reg(staff3.receiptPrefix, DEVICE_3, freshIdNumber())]

    let answers
    if (!pg) {
      answers = [await push(staff1, DEVICE_1, [x2]), await push(staff3, DEVICE_3, batch)]
    } else {
      // Something (here: a row lock on one of x's flags) keeps the update's transaction open after its UPDATE.
      const holder = await holdLock(
        t.db,
        'SELECT 1 FROM registration_flags WHERE registration_id = $1 FOR UPDATE',
        [x.id],
      )
      const update = push(staff1, DEVICE_1, [x2])
      await lockWaiters(t.db, 'transactionid', 1)
      // The batch's flag statement sees x's old people (the update has not committed) and flags r1 with x,
      // then waits in its foreign key check for the update.
      const pushed = push(staff3, DEVICE_3, batch)
      await lockWaiters(t.db, 'any', 2)
      holder.release()
      await holder.done
      answers = await Promise.all([update, pushed])
    }
    for (const a of answers) expect(a.status, a.text).toBe(200)
    expect(answers[0]?.body.results[0].status).toBe('accepted')

    const people = await t.db.query<{ id: string; id_number: string }>(
      'SELECT registration_id::text AS id, id_number FROM registration_people WHERE registration_id = ANY($1::uuid[]) ORDER BY 1',
      [[x.id, r1.id]],
    )
    const flags = await t.db.query<{ a: string; b: string; kind: string }>(
      `SELECT registration_id::text AS a, other_id::text AS b, kind FROM registration_flags
        WHERE (registration_id = $1 AND other_id = $2) OR (registration_id = $2 AND other_id = $1) ORDER BY 1`,
      [x.id, r1.id],
    )
    expect(people.map((p) => p.id_number).sort()).toEqual([idNumber, newId].sort())
    // x no longer shares r1's ID number (nor name): no flag belongs between them.
    expect(flags).toEqual([])
  })
})
