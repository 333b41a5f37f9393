import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { quoteHi } from '../../../src/domain/quote/hi-quote.ts'
import { backfillPeople } from '../../../src/server/store/backfill-people.ts'
import { FLAGS_PER_PARTICIPANT } from '../../../src/server/store/refresh-flags.ts'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'
import {
  DEVICE_1,
  DEVICE_2,
  DEVICE_3,
  freshIdNumber,
  hiPerson,
  registration,
  vsiPerson,
} from '../helpers/registrations.ts'

let t: TestApp
const tokens: Record<string, string> = {}
const SUPER_DEVICE = '44444444-4444-4444-8444-444444444444'

beforeAll(async () => {
  t = await createTestApp()
  Object.assign(tokens, await t.team({ supervisorDevice: SUPER_DEVICE }))
})
afterAll(() => t.close())

const devices: Record<string, string> = {
  staff1: DEVICE_1,
  staff2: DEVICE_2,
  staff3: DEVICE_3,
  super1: SUPER_DEVICE,
}

async function push(who: string, reg: ReturnType<typeof registration>) {
  const deviceId = devices[who] ?? ''
  const res = await t.call('POST', '/api/sync/push', {
    token: tokens[who],
    json: { deviceId, registrations: [{ ...reg, deviceId }] },
  })
  expect(res.body.results[0].status).toBe('accepted')
  return { ...reg, deviceId }
}
const person = (idNumber: string, fullName = 'Hoàng Thị Lan') =>
  registration({ participants: [vsiPerson({ idNumber, fullName })] })
const detail = (who: string, id: string) => t.call('GET', `/api/registrations/${id}`, { token: tokens[who] })
const review = (who: string, id: string, json: unknown) =>
  t.call('POST', `/api/registrations/${id}/review`, { token: tokens[who], json })
const kinds = (res: { body: { flags: { kind: string; otherId: string }[] } }) =>
  res.body.flags.map((f) => `${f.kind}:${f.otherId}`)

describe('duplicate flags', () => {
  it('flags the same ID number from another staff member, device and team as hard, both ways', async () => {
    const id = freshIdNumber()
    const a = await push('staff1', person(id, 'Lò Thị Hoa'))
    const b = await push('staff3', person(id, 'Lò Thị Hòa'))
    expect(kinds(await detail('admin', a.id))).toEqual([`duplicate_id:${b.id}`])
    expect(kinds(await detail('admin', b.id))).toEqual([`duplicate_id:${a.id}`])
    const flag = (await detail('admin', a.id)).body.flags[0]
    expect(flag).toMatchObject({ severity: 'hard', participantIndex: 0, otherParticipantIndex: 0 })
    const listed = await t.call('GET', '/api/registrations?flagged=hard', { token: tokens['admin'] })
    expect(listed.body.items.map((i: { id: string }) => i.id).sort()).toEqual([a.id, b.id].sort())
    // The creation audit records how many flags the push raised (never the ID number itself).
    const audit = await t.db.query<{ detail: Record<string, unknown> }>(
      "SELECT detail FROM audit_log WHERE entity_id = $1 AND action = 'registration.create'",
      [b.id],
    )
    expect(audit[0]?.detail).toMatchObject({ hardFlags: 1, softFlags: 0 })
    expect(JSON.stringify(audit)).not.toContain(id)
  })

  it('flags the same folded name, birth year and commune under another ID as soft', async () => {
    const a = await push('staff1', person(freshIdNumber(), 'Vàng Thị Dung'))
    const b = await push('staff2', person(freshIdNumber(), 'VANG THI DUNG'))
    const other = await push('staff2', person(freshIdNumber(), 'Vàng Thị Dụng'))
    expect(kinds(await detail('super1', a.id)).sort()).toEqual(
      [`possible_duplicate:${b.id}`, `possible_duplicate:${other.id}`].sort(),
    )
    expect((await detail('super1', a.id)).body.flags[0]).toMatchObject({
      severity: 'soft',
      otherVisible: true,
    })
    // Folding drops diacritics, so "Dụng" reads as "Dung" too: soft flags are for a person to look at.
    expect((await detail('super1', other.id)).body.flagCounts).toEqual({ hard: 0, soft: 2 })
  })

  it('recomputes both directions when a corrected revision changes the ID number', async () => {
    const id = freshIdNumber()
    const a = await push('staff1', person(id, 'Sùng A Tủa'))
    const b = await push('staff3', person(id, 'Sùng Văn Tủa'))
    expect(kinds(await detail('admin', a.id))).toEqual([`duplicate_id:${b.id}`])
    await push('staff3', {
      ...b,
      revision: 2,
      participants: [vsiPerson({ idNumber: freshIdNumber(), fullName: 'Sùng Văn Tủa' })],
    })
    expect((await detail('admin', a.id)).body.flags).toEqual([])
    expect((await detail('admin', b.id)).body.flags).toEqual([])
  })
})

describe('override of a hard flag', () => {
  it('refuses to approve without a reason, with a Vietnamese message', async () => {
    const id = freshIdNumber()
    const a = await push('staff1', person(id, 'Thào Thị Sính'))
    await push('staff3', person(id, 'Thào Thị Sính'))
    const res = await review('super1', a.id, { revision: 1, decision: 'approve' })
    expect(res.status).toBe(409)
    expect(res.body.error.code).toBe('override_required')
    expect(res.body.error.message).toMatch(/lý do/)
    expect(res.body.error.details.flags).toEqual([
      expect.objectContaining({ kind: 'duplicate_id', otherVisible: false }),
    ])
    const short = await review('super1', a.id, {
      revision: 1,
      decision: 'approve',
      override: { reason: 'ok' },
    })
    expect(short.status).toBe(400)
    expect(short.body.error.details.issues[0].path).toBe('override.reason')
    // Returning or rejecting needs no override.
    expect(
      (
        await review('super1', a.id, {
          revision: 1,
          decision: 'return',
          comment: 'Kiểm tra lại số định danh',
        })
      ).status,
    ).toBe(200)
  })

  it('approves with a reason, keeps the reason with the review and audits the override', async () => {
    const id = freshIdNumber()
    const a = await push('staff1', person(id, 'Lù Thị Phương'))
    const b = await push('staff3', person(id, 'Lù Thị Phương'))
    const reason = 'Đã gọi điện: cùng một người, bản kia sẽ bị từ chối'
    const res = await review('super1', a.id, { revision: 1, decision: 'approve', override: { reason } })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'approved', override: { reason } })
    const d = await detail('super1', a.id)
    expect(d.body.reviews).toEqual([expect.objectContaining({ decision: 'approve', override: { reason } })])
    expect(d.body.history.map((h: { action: string }) => h.action)).toEqual([
      'registration.create',
      'registration.review',
      'registration.override',
    ])
    const override = d.body.history[2]
    expect(override).toMatchObject({
      actor: { username: 'super1' },
      detail: { revision: 1, kind: 'duplicate_id', others: b.id },
    })
    // The reason is free text about a person: it is not copied into the audit log.
    expect(JSON.stringify(d.body.history)).not.toContain('gọi điện')
  })

  it('needs no override once the other registration is rejected', async () => {
    const id = freshIdNumber()
    const a = await push('staff1', person(id, 'Phàn Thị Xuân'))
    const b = await push('staff3', person(id, 'Phàn Thị Xuân'))
    expect(
      (await review('admin', b.id, { revision: 1, decision: 'reject', comment: 'Trùng người' })).status,
    ).toBe(200)
    expect((await detail('super1', a.id)).body.flags).toEqual([])
    expect((await review('super1', a.id, { revision: 1, decision: 'approve' })).status).toBe(200)
  })
})

describe('POST /api/registrations/review-batch', () => {
  it('approves many in one call with a result per item, each decision audited', async () => {
    const ok1 = await push('staff1', person(freshIdNumber()))
    const ok2 = await push('staff2', person(freshIdNumber(), 'Lý Văn Sử'))
    const stale = await push('staff1', person(freshIdNumber(), 'Tẩn Thị Dín'))
    await push('staff1', { ...stale, revision: 2, note: 'sửa' })
    const flaggedId = freshIdNumber()
    const flagged = await push('staff1', person(flaggedId, 'Hầu A Chứ'))
    await push('staff3', person(flaggedId, 'Hầu A Chứ'))
    const own = await push('super1', person(freshIdNumber(), 'Ma Thị Nga'))
    const missing = 'aaaaaaaa-0000-4000-8000-ffffffffffff'
    const res = await t.call('POST', '/api/registrations/review-batch', {
      token: tokens['super1'],
      json: {
        decision: 'approve',
        items: [ok1, ok2, stale, flagged, own, { id: missing, revision: 1 }].map((r) => ({
          id: r.id,
          revision: r.revision,
        })),
      },
    })
    expect(res.status).toBe(200)
    expect(res.body.summary).toEqual({ ok: 2, failed: 4 })
    expect(
      res.body.results.map((r: { id: string; status: number; error?: { code: string } }) => [
        r.id,
        r.status,
        r.error?.code,
      ]),
    ).toEqual([
      [ok1.id, 200, undefined],
      [ok2.id, 200, undefined],
      [stale.id, 409, 'stale_revision'],
      [flagged.id, 409, 'override_required'],
      [own.id, 403, 'own_registration'],
      [missing, 404, 'not_found'],
    ])
    expect(res.body.results[0].review).toMatchObject({ status: 'approved', decidedBy: 'super1', revision: 1 })
    const audit = await t.db.query<{ entity_id: string; detail: unknown }>(
      "SELECT entity_id, detail FROM audit_log WHERE action = 'registration.review' AND entity_id = ANY($1::text[]) ORDER BY id",
      [[ok1.id, ok2.id, stale.id, flagged.id]],
    )
    expect(audit).toEqual([
      { entity_id: ok1.id, detail: { revision: 1, decision: 'approve', batch: true } },
      { entity_id: ok2.id, detail: { revision: 1, decision: 'approve', batch: true } },
    ])
  })

  it('returns many with one comment; validates the batch', async () => {
    const a = await push('staff1', person(freshIdNumber(), 'Chảo Thị Mẩy'))
    const res = await t.call('POST', '/api/registrations/review-batch', {
      token: tokens['super1'],
      json: { decision: 'return', comment: 'Thiếu số điện thoại', items: [{ id: a.id, revision: 1 }] },
    })
    expect(res.body.results[0].review).toMatchObject({ status: 'returned', comment: 'Thiếu số điện thoại' })
    const bad = [
      { decision: 'approve', items: [] },
      { decision: 'reject', items: [{ id: a.id, revision: 1 }] },
      {
        decision: 'approve',
        items: [
          { id: a.id, revision: 1 },
          { id: a.id, revision: 1 },
        ],
      },
      { decision: 'approve', items: Array.from({ length: 201 }, () => ({ id: a.id, revision: 1 })) },
    ]
    for (const json of bad) {
      expect(
        (await t.call('POST', '/api/registrations/review-batch', { token: tokens['super1'], json })).status,
      ).toBe(400)
    }
    const staff = await t.call('POST', '/api/registrations/review-batch', {
      token: tokens['staff1'],
      json: { decision: 'approve', items: [{ id: a.id, revision: 1 }] },
    })
    expect(staff.status).toBe(403)
  })
})

describe('renewals are not duplicates', () => {
  const hard = (res: Parameters<typeof kinds>[0]) => kinds(res).filter((k) => k.startsWith('duplicate_id'))
  /** 12 months of household HI for `idNumber`, collected on `day` at that day's rate. */
  function hiFor(idNumber: string, day: string) {
    const quote = quoteHi({ months: 12, householdOrder: 1 }, defaultRules, day)
    if (!quote.ok) throw new Error(quote.issue.message)
    const amount = quote.quote.amount
    const participants = [hiPerson({ idNumber, hi: { months: 12, householdOrder: 1, amountDue: amount } })]
    const reg = registration({ participants, collectedAt: `${day}T09:00:00+07:00` })
    return reg.payment ? { ...reg, payment: { ...reg.payment, amountCollected: amount } } : reg
  }

  it('next year’s card paid in the last weeks of this one is a renewal: no flag', async () => {
    const id = freshIdNumber()
    const lastYear = await push('staff1', hiFor(id, '2025-12-04'))
    const renewal = await push('staff1', hiFor(id, '2026-11-20'))
    expect(hard(await detail('admin', renewal.id))).toEqual([])
    expect(hard(await detail('admin', lastYear.id))).toEqual([])
  })

  it('the same 12 months paid again three weeks later is paying twice: a hard flag both ways', async () => {
    const id = freshIdNumber()
    const first = await push('staff1', hiFor(id, '2026-11-04'))
    const again = await push('staff2', hiFor(id, '2026-11-25'))
    expect(hard(await detail('admin', again.id))).toEqual([`duplicate_id:${first.id}`])
    expect(hard(await detail('admin', first.id))).toEqual([`duplicate_id:${again.id}`])
  })

  it('VSI and household HI of one person are two products, not a duplicate', async () => {
    const id = freshIdNumber()
    const vsi = await push('staff1', person(id))
    const hi = await push('staff1', hiFor(id, '2026-11-25'))
    expect(hard(await detail('admin', hi.id))).toEqual([])
    expect(hard(await detail('admin', vsi.id))).toEqual([])
  })

  it('a store from before (no paid days) is filled at start-up and its renewal flags dropped', async () => {
    const id = freshIdNumber()
    const lastYear = await push('staff1', hiFor(id, '2025-12-04'))
    const renewal = await push('staff1', hiFor(id, '2026-11-20'))
    // What migration 0021 leaves: the new columns empty, the old flag between the two, names to refold.
    await t.db.query(
      `UPDATE registration_people SET collected_on = NULL, vsi_until = NULL, hi_until = NULL, folded_name = NULL
        WHERE registration_id IN ($1, $2)`,
      [lastYear.id, renewal.id],
    )
    await t.db.query(
      `INSERT INTO registration_flags (registration_id, other_id, kind, participant_index, other_participant_index, created_at)
       VALUES ($1, $2, 'duplicate_id', 0, 0, now()), ($2, $1, 'duplicate_id', 0, 0, now())`,
      [lastYear.id, renewal.id],
    )
    expect(hard(await detail('admin', renewal.id))).toEqual([`duplicate_id:${lastYear.id}`])
    expect(await backfillPeople(t.db, t.clock.now)).toBeGreaterThanOrEqual(2)
    const [row] = await t.db.query<{ collected_on: string; hi_until: string }>(
      `SELECT collected_on::text, hi_until::text FROM registration_people WHERE registration_id = $1`,
      [lastYear.id],
    )
    expect(row).toEqual({ collected_on: '2025-12-04', hi_until: '2026-11-04' })
    expect(hard(await detail('admin', renewal.id))).toEqual([])
  })
})

describe('flags grow linearly with the registrations that share a person', () => {
  const N = 30
  async function pushAll(regs: ReturnType<typeof registration>[]) {
    const res = await t.call('POST', '/api/sync/push', {
      token: tokens['staff1'],
      json: { deviceId: DEVICE_1, registrations: regs.map((r) => ({ ...r, deviceId: DEVICE_1 })) },
    })
    expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(regs.map(() => 'accepted'))
  }
  const flagRows = async (ids: string[], kind: string) =>
    (
      await t.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM registration_flags WHERE kind = $1 AND registration_id = ANY($2::uuid[])`,
        [kind, ids],
      )
    )[0]?.n ?? 0

  it(`${N} payments for one ID number on one day: each flagged, at most ${FLAGS_PER_PARTICIPANT} others each way`, async () => {
    const id = freshIdNumber()
    const regs = Array.from({ length: N }, () => person(id, 'Lầu Thị Dợ'))
    await pushAll(regs)
    const ids = regs.map((r) => r.id)
    // n² would be 870 rows; the cap keeps it to at most 2 × 10 per registration.
    const rows = await flagRows(ids, 'duplicate_id')
    expect(rows).toBeLessThanOrEqual(N * 2 * FLAGS_PER_PARTICIPANT)
    expect(rows).toBeGreaterThanOrEqual(N * FLAGS_PER_PARTICIPANT)
    for (const reg of [regs[0], regs[N - 1]]) {
      const flags = kinds(await detail('admin', reg?.id ?? ''))
      expect(flags.length).toBeGreaterThanOrEqual(1)
      expect(flags.length).toBeLessThanOrEqual(2 * FLAGS_PER_PARTICIPANT)
    }
    expect(kinds(await detail('admin', regs[N - 1]?.id ?? ''))).toHaveLength(FLAGS_PER_PARTICIPANT)
  })

  it(`${N} people of one name, birth year and commune under different ID numbers: soft flags capped too`, async () => {
    const regs = Array.from({ length: N }, () => person(freshIdNumber(), 'Sùng Seo Vàng'))
    await pushAll(regs)
    const ids = regs.map((r) => r.id)
    const rows = await flagRows(ids, 'possible_duplicate')
    expect(rows).toBeLessThanOrEqual(N * 2 * FLAGS_PER_PARTICIPANT)
    expect(rows).toBeGreaterThanOrEqual(N * FLAGS_PER_PARTICIPANT)
  })
})
