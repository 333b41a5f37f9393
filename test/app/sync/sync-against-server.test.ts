// The device sync engine against the REAL server, in process: Hono app on PGlite (or PostgreSQL with
// TEST_DATABASE_URL), demo accounts seeded. fetch is routed to app.request, so the page's HTTP client,
// the push/pull code and the server's rules all run for real.
import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Registration } from '../../../src/domain/index.ts'
import { db } from '../../../src/app/db/db.ts'
import { getRegistration } from '../../../src/app/db/registrations-repo.ts'
import { getSetting, setSetting } from '../../../src/app/db/settings.ts'
import { syncNow } from '../../../src/app/sync/sync-engine.ts'
import { getEngineState } from '../../../src/app/sync/sync-status-store.ts'
import { createTestApp, type TestApp } from '../../server/helpers/test-app.ts'
import { freshIdNumber, hiPerson, registration, vsiPerson } from '../../server/helpers/registrations.ts'
import { clearStore, saveRecord } from './fixtures.ts'
import { rememberSession } from '../../../src/app/db/session-token.ts'

const DEVICE = '44444444-4444-4444-8444-444444444444'

let t: TestApp
let receiptPrefix: string
let staffToken: string
let superToken: string
let seq = 0
/** What the server does with each request, so a test can lose an answer or act mid-flight. */
let intercept: ((path: string, forward: () => Promise<Response>) => Promise<Response>) | undefined

function record(overrides: Partial<Registration> = {}): Registration {
  seq += 1
  // A new ID number each time: a repeated one is flagged as a possible duplicate, and approving that
  // needs a supervisor's override.
  const participants = overrides.participants ?? [vsiPerson({ idNumber: freshIdNumber() })]
  const base = registration(
    { deviceId: DEVICE, eventId: t.seed.eventId, ...overrides, participants },
    receiptPrefix,
  )
  return base.payment
    ? { ...base, payment: { ...base.payment, receiptNo: `${receiptPrefix}-${String(seq).padStart(6, '0')}` } }
    : base
}

const review = (id: string, json: unknown) =>
  t.call('POST', `/api/registrations/${id}/review`, { token: superToken, json })

beforeAll(async () => {
  t = await createTestApp()
  ;({ token: staffToken, receiptPrefix } = await t.staffDevice('staff1', DEVICE))
  superToken = await t.signIn('super1')
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
    const forward = () => Promise.resolve(t.app.request(input, init))
    return intercept ? intercept(input, forward) : forward()
  })
}, 60_000)
afterAll(async () => {
  vi.unstubAllGlobals()
  await t.close()
})
beforeEach(async () => {
  intercept = undefined
  await clearStore()
  await rememberSession({
    token: staffToken,
    user: { id: t.seed.users['staff1']?.id ?? '', username: 'staff1', role: 'staff', displayName: 'staff1' },
  })
  await setSetting('device', { deviceId: DEVICE, receiptPrefix })
  // Fixtures are saved at fixed old times: keep approved ones, or the pull would retire them at once.
  await setSetting('keepApprovedDays', 0)
})

describe('sync engine against the real server', { timeout: 30_000 }, () => {
  it('pushes valid and invalid registrations, each gets its own answer', async () => {
    const good = record()
    const family = record({ participants: [vsiPerson({ idNumber: '010190009999' }), hiPerson()] })
    const wrongAmount = record()
    const bad: Registration = {
      ...wrongAmount,
      payment: wrongAmount.payment && { ...wrongAmount.payment, amountCollected: 1_000 },
    }
    await saveRecord(good, 1)
    await saveRecord(family, 2)
    await saveRecord(bad, 3)

    const report = await syncNow()
    expect(report).toMatchObject({ pushed: 3, accepted: 2, rejected: 1, conflicts: 0 })
    expect(report.error).toBeUndefined()
    // The refused one stays unsynced on the phone until it is corrected.
    expect((await db.outbox.toArray()).map((e) => [e.id, e.heldFor])).toEqual([[bad.id, 'rejected']])
    expect((await getRegistration(good.id))?.syncState).toBe('sent')
    const rejected = await getRegistration(bad.id)
    expect(rejected?.syncState).toBe('rejected')
    expect(rejected?.errors?.map((e) => e.code)).toContain('amount_mismatch')
  })

  it('pulls review decisions, and a corrected returned registration goes back to pending', async () => {
    const a = record()
    const b = record()
    await saveRecord(a, 1)
    await saveRecord(b, 2)
    await syncNow()

    expect((await review(a.id, { revision: 1, decision: 'approve' })).status).toBe(200)
    expect((await review(b.id, { revision: 1, decision: 'return', comment: 'Sai ngày sinh' })).status).toBe(
      200,
    )

    const report = await syncNow()
    expect(report.pulled).toBeGreaterThanOrEqual(2)
    expect((await getRegistration(a.id))?.review?.status).toBe('approved')
    expect((await getRegistration(b.id))?.review).toMatchObject({
      status: 'returned',
      comment: 'Sai ngày sinh',
    })
    const cursor = await getSetting('pullCursor')
    expect(cursor).toBeDefined()

    // Nothing new: the cursor stays where it is and nothing is re-applied.
    expect((await syncNow()).pulled).toBe(0)
    expect(await getSetting('pullCursor')).toBe(cursor)

    const fixed: Registration = {
      ...b,
      revision: 2,
      participants: [vsiPerson({ dateOfBirth: '1990-04-03' })],
    }
    await saveRecord(fixed, 3)
    const again = await syncNow()
    expect(again.accepted).toBe(1)
    const local = await getRegistration(b.id)
    expect(local).toMatchObject({ syncState: 'sent', ackedRevision: 2 })
    expect(local?.review?.status).toBe('pending')
  })

  it('a lost answer is retried and acknowledged as duplicate, never stored twice', async () => {
    const a = record()
    await saveRecord(a, 1)
    intercept = async (path, forward) => {
      if (path === '/api/sync/push') {
        await forward() // the server stores it …
        throw new TypeError('connection reset') // … and the answer never arrives
      }
      return forward()
    }
    const lost = await syncNow()
    expect(lost.error).toMatch(/mạng/)
    expect(await db.outbox.count()).toBe(1)

    intercept = undefined
    const retry = await syncNow()
    expect(retry).toMatchObject({ pushed: 1, accepted: 1 })
    expect(await db.outbox.count()).toBe(0)
    const rows = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM registration_revisions WHERE registration_id = $1',
      [a.id],
    )
    expect(rows[0]?.n).toBe(1)
  })

  it('a revision saved while the push is in flight is kept and pushed next', async () => {
    const a = record()
    await saveRecord(a, 1)
    const newer: Registration = { ...a, revision: 2, note: 'Sửa số điện thoại' }
    let first = true
    intercept = async (path, forward) => {
      if (path === '/api/sync/push' && first) {
        first = false
        const answer = await forward()
        await saveRecord(newer, 2) // the collector saves while the answer is on its way back
        return answer
      }
      return forward()
    }
    const report = await syncNow()
    expect(report.pushed).toBe(2)
    expect(await db.outbox.count()).toBe(0)
    expect(await getRegistration(a.id)).toMatchObject({
      revision: 2,
      ackedRevision: 2,
      syncState: 'sent',
    })
  })

  it('an expired session stops with "needs sign-in" and keeps every record', async () => {
    await saveRecord(record(), 1)
    await rememberSession({
      token: 'expired-token',
      user: { id: 'x', username: 'staff1', role: 'staff', displayName: 'staff1' },
    })
    const report = await syncNow()
    expect(report.error).toMatch(/đăng nhập/)
    expect(getEngineState().needsSignIn).toBe(true)
    expect(await db.outbox.count()).toBe(1)
    expect(await db.registrations.count()).toBe(1)
  })

  it('random saves, edits and flaky networks always converge to what the device holds', async () => {
    type Fault = 'none' | 'lose-answer' | 'drop-request' | 'save-mid-flight'
    type Step = { kind: 'new' } | { kind: 'edit'; pick: number } | { kind: 'sync'; fault: Fault }
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.constant<Step>({ kind: 'new' }),
      fc.nat(20).map<Step>((pick) => ({ kind: 'edit', pick })),
      fc
        .constantFrom<Fault>('none', 'lose-answer', 'drop-request', 'save-mid-flight')
        .map<Step>((fault) => ({ kind: 'sync', fault })),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        await clearStore()
        await rememberSession({
          token: staffToken,
          user: { id: 'u', username: 'staff1', role: 'staff', displayName: 'staff1' },
        })
        await setSetting('device', { deviceId: DEVICE, receiptPrefix })
        const ids: string[] = []
        let clock = 0
        const edit = async (pick: number) => {
          const id = ids[pick % ids.length]
          const local = id === undefined ? undefined : await getRegistration(id)
          if (!local) return
          const next = { ...local.record, revision: local.revision + 1, note: `Sửa lần ${local.revision}` }
          await saveRecord(next, ++clock)
        }
        for (const s of steps) {
          if (s.kind === 'new') {
            const r = record()
            ids.push(r.id)
            await saveRecord(r, ++clock)
          } else if (s.kind === 'edit') {
            await edit(s.pick)
          } else {
            let faults = 1 // one fault per sync step: a save on every push would never let the run end
            intercept = async (path, forward) => {
              if (path !== '/api/sync/push' || s.fault === 'none' || faults-- <= 0) return forward()
              if (s.fault === 'drop-request') throw new TypeError('offline')
              const answer = await forward()
              if (s.fault === 'lose-answer') throw new TypeError('connection reset')
              await edit(clock)
              return answer
            }
            await syncNow()
            intercept = undefined
          }
        }
        intercept = undefined
        const final = await syncNow()
        expect(final.error).toBeUndefined()
        expect(await db.outbox.count()).toBe(0)
        for (const id of ids) {
          const local = await getRegistration(id)
          expect(local).toMatchObject({ syncState: 'sent', ackedRevision: local?.revision })
          const [row] = await t.db.query<{ revision: number }>(
            'SELECT revision FROM registrations WHERE id = $1',
            [id],
          )
          expect(row?.revision).toBe(local?.revision)
        }
      }),
      { numRuns: 50 },
    )
  }, 120_000)
})
