// Issue #10 item 8: on PostgreSQL, concurrent writers deadlocked and answered 500. The insert path took the
// change lock and then (through the flags' foreign keys) share locks on flagged registrations, while update
// and review held FOR UPDATE on their row and then waited for the change lock. Every round below runs the
// racing requests at once and requires no 5xx and a consistent store. On PGlite (one connection) it checks
// the same answers; the deadlock itself needs PostgreSQL (TEST_DATABASE_URL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Registration } from '../../../src/domain/index.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, DEVICE_3, freshIdNumber, registration, vsiPerson } from '../helpers/registrations.ts'
import { CHANGE_LOCK } from '../../../src/server/store/take-change-seq.ts'
import { holdLock, lockWaiters } from '../helpers/pg-locks.ts'

const ROUNDS = 12
const PER_ROUND = 4

let t: TestApp
let staff1: { token: string; receiptPrefix: string }
let staff3: { token: string; receiptPrefix: string }
let super1: string
let admin: string
let receipt = 0

beforeAll(async () => {
  t = await createTestApp()
  staff1 = await t.staffDevice('staff1', DEVICE_1)
  staff3 = await t.staffDevice('staff3', DEVICE_3)
  super1 = await t.signIn('super1')
  admin = await t.signIn('admin')
})
afterAll(() => t.close())

function reg(prefix: string, deviceId: string, idNumber: string, village = 'Thôn Phìn Ngan'): Registration {
  receipt += 1
  const r = registration({
    deviceId,
    participants: [
      vsiPerson({
        idNumber,
        address: { provinceCode: '15', communeCode: '02683', commune: 'Xã Bát Xát', village },
      }),
    ],
  })
  return {
    ...r,
    payment: r.payment && { ...r.payment, receiptNo: `${prefix}-${String(receipt).padStart(6, '0')}` },
  }
}

const push = (who: { token: string }, deviceId: string, registrations: Registration[]) =>
  t.call('POST', '/api/sync/push', { token: who.token, json: { deviceId, registrations } })

function expectNo5xx(answers: { status: number; text: string }[]) {
  for (const a of answers) expect(a.status, a.text).toBeLessThan(500)
}

describe('concurrent writers never answer 500', () => {
  it('corrections and new registrations with the same ID numbers, pushed at once', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const ids = Array.from({ length: PER_ROUND }, () => freshIdNumber())
      const firsts = ids.map((id) => reg(staff1.receiptPrefix, DEVICE_1, id))
      expect((await push(staff1, DEVICE_1, firsts)).status).toBe(200)
      const corrections = firsts.map((r) => ({
        ...r,
        revision: 2,
        participants: r.participants.map((p) => ({ ...p, address: { ...p.address, village: 'Thôn Mới' } })),
      }))
      const answers = await Promise.all([
        ...corrections.map((r) => push(staff1, DEVICE_1, [r])),
        ...ids.map((id) => push(staff3, DEVICE_3, [reg(staff3.receiptPrefix, DEVICE_3, id)])),
      ])
      expectNo5xx(answers)
      for (const a of answers) expect(a.body.results[0].status).toBe('accepted')
    }
    // Every pair is flagged both ways, whatever order the writers committed in.
    const [flags] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM registration_flags WHERE kind = 'duplicate_id'",
    )
    expect(flags?.n).toBe(ROUNDS * PER_ROUND * 2)
  })

  it('a bulk review alongside pushes of the same ID numbers', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const ids = Array.from({ length: PER_ROUND }, () => freshIdNumber())
      const firsts = ids.map((id) => reg(staff1.receiptPrefix, DEVICE_1, id))
      expect((await push(staff1, DEVICE_1, firsts)).status).toBe(200)
      const answers = await Promise.all([
        t.call('POST', '/api/registrations/review-batch', {
          token: super1,
          json: {
            decision: 'return',
            comment: 'Kiểm tra lại',
            items: firsts.map((r) => ({ id: r.id, revision: 1 })),
          },
        }),
        ...ids.map((id) => push(staff3, DEVICE_3, [reg(staff3.receiptPrefix, DEVICE_3, id)])),
        ...firsts.map((r) =>
          t.call('POST', `/api/registrations/${r.id}/review`, {
            token: admin,
            json: { revision: 1, decision: 'return', comment: 'Kiểm tra lại' },
          }),
        ),
      ])
      expectNo5xx(answers)
    }
  })

  it('approving revision 1 while revision 2 arrives', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const ids = Array.from({ length: PER_ROUND }, () => freshIdNumber())
      const firsts = ids.map((id) => reg(staff1.receiptPrefix, DEVICE_1, id))
      expect((await push(staff1, DEVICE_1, firsts)).status).toBe(200)
      const answers = await Promise.all([
        ...firsts.map((r) =>
          t.call('POST', `/api/registrations/${r.id}/review`, {
            token: super1,
            json: { revision: 1, decision: 'approve' },
          }),
        ),
        ...firsts.map((r) =>
          push(staff1, DEVICE_1, [
            {
              ...r,
              revision: 2,
              participants: r.participants.map((p) => ({
                ...p,
                address: { ...p.address, village: 'Thôn Mới' },
              })),
            },
          ]),
        ),
        ...ids.map((id) => push(staff3, DEVICE_3, [reg(staff3.receiptPrefix, DEVICE_3, id)])),
      ])
      expectNo5xx(answers)
      // Whichever came first, the registration ends at revision 2; pending unless the approval came later
      // (then it is a 409 stale_revision).
      for (const r of firsts) {
        const [row] = await t.db.query<{ revision: number; review_status: string }>(
          'SELECT revision, review_status FROM registrations WHERE id = $1',
          [r.id],
        )
        expect(row).toEqual({ revision: 2, review_status: 'pending' })
      }
    }
  })

  // A push of new registrations is stored set-based and takes the change lock only after writing its rows
  // (save-new-batch.ts): its people may be numbered before another push's and still commit after it.
  it('two phones push batches of new registrations sharing ID numbers at once: every pair is flagged', async () => {
    const [before] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM registration_flags WHERE kind = 'duplicate_id'",
    )
    for (let round = 0; round < ROUNDS; round++) {
      const ids = Array.from({ length: PER_ROUND }, () => freshIdNumber())
      const answers = await Promise.all([
        push(
          staff1,
          DEVICE_1,
          ids.map((id) => reg(staff1.receiptPrefix, DEVICE_1, id)),
        ),
        push(
          staff3,
          DEVICE_3,
          ids.map((id) => reg(staff3.receiptPrefix, DEVICE_3, id)),
        ),
      ])
      expectNo5xx(answers)
      for (const a of answers) {
        expect(a.body.results.map((x: { status: string }) => x.status)).toEqual(
          Array(PER_ROUND).fill('accepted'),
        )
      }
    }
    const [after] = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM registration_flags WHERE kind = 'duplicate_id'",
    )
    expect((after?.n ?? 0) - (before?.n ?? 0)).toBe(ROUNDS * PER_ROUND * 2)
  })

  it('the same batch pushed twice at once is stored once, and both answers say so', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const batch = Array.from({ length: PER_ROUND }, () =>
        reg(staff1.receiptPrefix, DEVICE_1, freshIdNumber()),
      )
      const answers = await Promise.all([push(staff1, DEVICE_1, batch), push(staff1, DEVICE_1, batch)])
      expectNo5xx(answers)
      for (const a of answers) {
        for (const x of a.body.results) expect(['accepted', 'duplicate']).toContain(x.status)
      }
      const [row] = await t.db.query<{ n: number; seqs: number }>(
        'SELECT count(*)::int AS n, count(DISTINCT change_seq)::int AS seqs FROM registrations WHERE id = ANY($1::uuid[])',
        [batch.map((r) => r.id)],
      )
      expect(row).toEqual({ n: PER_ROUND, seqs: PER_ROUND })
    }
  })

  // The interleaving that numbering alone gets wrong: the set-based push writes its people first (lower
  // stored_order) but waits for the change lock behind a one-at-a-time push that then writes its people
  // (higher) and commits first (singleCommitsFirst).
  it('a batch written before a single push but committed after it still flags the pair', async () => {
    const idNumber = freshIdNumber()
    const single = reg(staff3.receiptPrefix, DEVICE_3, idNumber)
    const batch = [
      reg(staff1.receiptPrefix, DEVICE_1, idNumber),
      reg(staff1.receiptPrefix, DEVICE_1, freshIdNumber()),
    ]
    const answers = await singleCommitsFirst(single, batch)
    expectNo5xx(answers)
    expect(await flagsOf(single.id, 'duplicate_id')).toEqual(bothWays(single.id, batch[0]!.id))
    // Audited with the flags found again under the lock, not those of before it.
    const [audit] = await t.db.query<{ detail: { hardFlags: number } }>(
      "SELECT detail FROM audit_log WHERE action = 'registration.create' AND entity_id = $1",
      [batch[0]!.id],
    )
    expect(audit?.detail.hardFlags).toBe(1)
  })

  // The same interleaving for a lookalike: another ID number under the same name, birth year and commune.
  it('a batch written before a single push but committed after it still flags a lookalike', async () => {
    const named = (r: Registration): Registration => ({
      ...r,
      participants: r.participants.map((p) => ({ ...p, fullName: 'Sùng Thị Mỷ', dateOfBirth: '1987-03-09' })),
    })
    const single = named(reg(staff3.receiptPrefix, DEVICE_3, freshIdNumber()))
    const batch = [
      named(reg(staff1.receiptPrefix, DEVICE_1, freshIdNumber())),
      reg(staff1.receiptPrefix, DEVICE_1, freshIdNumber()),
    ]
    const answers = await singleCommitsFirst(single, batch)
    expectNo5xx(answers)
    expect(await flagsOf(single.id, 'possible_duplicate')).toEqual(bothWays(single.id, batch[0]!.id))
  })
})

/**
 * Pushes `single` from one phone and `batch` from another so that the batch writes its rows first and the
 * single commits first: on PostgreSQL by holding the change lock until both wait behind it; on PGlite (one
 * connection) requests cannot interleave, and the two pushes run one after the other.
 */
async function singleCommitsFirst(single: Registration, batch: Registration[]) {
  let answers
  if (!process.env['TEST_DATABASE_URL']) {
    answers = [await push(staff3, DEVICE_3, [single]), await push(staff1, DEVICE_1, batch)]
  } else {
    const holder = await holdLock(t.db, 'SELECT pg_advisory_xact_lock($1)', [CHANGE_LOCK])
    const first = push(staff3, DEVICE_3, [single])
    await lockWaiters(t.db, 'advisory', 1)
    const second = push(staff1, DEVICE_1, batch)
    await lockWaiters(t.db, 'advisory', 2)
    holder.release()
    await holder.done
    answers = await Promise.all([first, second])
  }
  return answers
}

const flagsOf = (id: string, kind: 'duplicate_id' | 'possible_duplicate') =>
  t.db.query<{ a: string; b: string }>(
    `SELECT registration_id::text AS a, other_id::text AS b FROM registration_flags
      WHERE kind = $2 AND (registration_id = $1 OR other_id = $1) ORDER BY 1`,
    [id, kind],
  )

const bothWays = (a: string, b: string) =>
  [
    { a, b },
    { a: b, b: a },
  ].sort((x, y) => x.a.localeCompare(y.a))
