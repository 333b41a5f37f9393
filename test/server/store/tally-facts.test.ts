// The office's and a team's tallies are counted by SQL from facts kept per participant (migrations 0029 to
// 0031, tally-facts.ts). The facts of a person depend on their whole approved history, so every write that
// changes it must reach the next tally: a record approved late that was collected earlier, a receipt voided,
// a decision taken back, a correction that changes the ID number, and a change of the rules themselves. After
// each, the office's tally equals the domain's `tallyCampaign` over every approved record, the supervisor's
// the same over the team's, and the figure the change moves has moved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  defaultRules,
  tallyCampaign,
  type Registration,
  type RuleSet,
  type TallyScope,
} from '../../../src/domain/index.ts'
import type { AuthUser } from '../../../src/server/store/auth-user.ts'
import { tallyApproved } from '../../../src/server/store/tally-records.ts'
import { refreshTallyFacts, TALLY_FACTS_LOCK } from '../../../src/server/store/tally-facts.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { approvedTallyRecords } from '../helpers/approved-records.ts'
import { DEVICE_1, freshIdNumber, hiPerson, registration, vsiPerson } from '../helpers/registrations.ts'

let t: TestApp
let staff1: string
let super1: string
let admin: AuthUser
let supervisor: AuthUser
let prefix: string

const SPRING = '2026-10-02T09:00:00+07:00'
const WINTER = '2026-08-03T09:00:00+07:00'
const VOID = { reason: 'Đã trả lại tiền cho người nộp', at: '2026-10-03T10:00:00+07:00' }
const scopes: TallyScope[] = [{}, { from: '2026-10-01' }, { to: '2026-08-31' }, { eventId: 'lao-cai-demo' }]

beforeAll(async () => {
  t = await createTestApp({ now: '2026-10-05T03:00:00Z' })
  const s = await t.staffDevice('staff1', DEVICE_1)
  staff1 = s.token
  prefix = s.receiptPrefix
  super1 = await t.signIn('super1')
  const [row] = await t.db.query<{ id: string }>("SELECT id::text AS id FROM users WHERE username = 'admin'")
  admin = { id: row?.id ?? '', username: 'admin', role: 'admin', displayName: 'admin', teamId: null }
  const [boss] = await t.db.query<{ id: string; team_id: string }>(
    "SELECT id::text AS id, team_id FROM users WHERE username = 'super1'",
  )
  supervisor = {
    id: boss?.id ?? '',
    username: 'super1',
    role: 'supervisor',
    displayName: 'super1',
    teamId: boss?.team_id ?? null,
  }
})
afterAll(() => t.close())

/** Other tally toggles from September 2026: resumed payers not new, any HI payment new. */
const STRICT: RuleSet = {
  ...defaultRules,
  tally: [
    ...defaultRules.tally,
    {
      effectiveFrom: '2026-09-01',
      value: { countResumedAsNew: false, hiNewDefinition: 'anyPayment' },
      instrument: 'test',
      confidence: 'UNCERTAIN',
    },
  ],
}

async function push(regs: Registration[]): Promise<void> {
  const res = await t.call('POST', '/api/sync/push', {
    token: staff1,
    json: { deviceId: DEVICE_1, registrations: regs },
  })
  expect(res.status).toBe(200)
  expect(res.body.results).toEqual(regs.map(() => expect.objectContaining({ status: 'accepted' })))
}

async function decide(reg: Registration, decision: 'approve' | 'reject', revision = 1): Promise<void> {
  const res = await t.call('POST', `/api/registrations/${reg.id}/review`, {
    token: super1,
    json: {
      revision,
      decision,
      ...(decision === 'approve'
        ? { override: { reason: 'Cùng một người, đóng nối tiếp' } }
        : { comment: 'Sai người' }),
    },
  })
  expect(res.status).toBe(200)
}

/**
 * The office's tally and the team's in every scope, each checked against the domain's over the records it
 * counts; the office's over everything is returned.
 */
async function checkedTallies(rules: RuleSet = defaultRules) {
  for (const user of [admin, supervisor]) {
    const records = await approvedTallyRecords(t.db, user)
    for (const scope of scopes)
      expect(await tallyApproved(t.db, user, scope, rules, [])).toEqual(tallyCampaign(records, scope, rules))
  }
  return tallyApproved(t.db, admin, {}, rules, [])
}

describe("the office's and the team's tallies, counted from facts kept per person", () => {
  const x = freshIdNumber()
  const y = freshIdNumber('010078000000')
  let spring: Registration
  let winter: Registration
  beforeAll(() => {
    spring = registration(
      { collectedAt: SPRING, participants: [vsiPerson({ idNumber: x }), hiPerson({ idNumber: y })] },
      prefix,
    )
    winter = registration({ collectedAt: WINTER, participants: [vsiPerson({ idNumber: x })] }, prefix)
  })

  it('counts a first enrolment as new', async () => {
    await push([spring])
    await decide(spring, 'approve')
    const tally = await checkedTallies()
    expect(tally.byDay['2026-10-02']).toMatchObject({ vsiNew: 1, hiNew: 1, registrations: 1 })
  })

  it('makes it a renewal once an earlier payment of the same person is approved, synced late', async () => {
    await push([winter])
    expect((await checkedTallies()).byDay['2026-10-02']).toMatchObject({ vsiNew: 1 })
    await decide(winter, 'approve')
    const tally = await checkedTallies()
    expect(tally.byDay['2026-10-02']).toMatchObject({ vsiNew: 0, hiNew: 1 })
    expect(tally.byDay['2026-08-03']).toMatchObject({ vsiNew: 1 })
  })

  it('makes it new again when that earlier receipt is voided', async () => {
    await push([{ ...winter, revision: 2, void: VOID }])
    const tally = await checkedTallies()
    expect(tally.byDay['2026-10-02']).toMatchObject({ vsiNew: 1 })
    expect(tally.byDay['2026-08-03']).toBeUndefined()
  })

  it('follows the rules: other tally toggles count differently, and going back counts as before', async () => {
    const before = await checkedTallies()
    await checkedTallies(STRICT)
    expect(await checkedTallies()).toEqual(before)
  })

  it('drops a record whose approval gives way to a rejection of its next revision', async () => {
    // A correction of the second person's ID number: the old number's facts go, the new one's come.
    const z = freshIdNumber('010078000000')
    const corrected = {
      ...spring,
      revision: 2,
      participants: [spring.participants[0], { ...spring.participants[1], idNumber: z }],
    } as Registration
    await push([corrected])
    await decide(corrected, 'approve', 2)
    let tally = await checkedTallies()
    expect(tally.byDay['2026-10-02']).toMatchObject({ vsiNew: 1, hiNew: 1, registrations: 1 })

    await push([{ ...corrected, revision: 3 }])
    await decide(corrected, 'reject', 3)
    tally = await checkedTallies()
    expect(tally.byDay['2026-10-02']).toBeUndefined()
    expect(tally.totals.registrations).toBe(0)
  })

  it('works out many people a batch at a time, each batch committed, every mark taken', async () => {
    const people = [freshIdNumber(), freshIdNumber(), freshIdNumber()]
    const regs = people.map((idNumber) =>
      registration({ collectedAt: SPRING, participants: [vsiPerson({ idNumber })] }, prefix),
    )
    await push(regs)
    for (const r of regs) await decide(r, 'approve')
    // One person per transaction: three batches and a last one that finds fewer than a batch.
    expect(await refreshTallyFacts(t.db, defaultRules, undefined, 1)).toEqual({ everyone: false, people: 3 })
    expect(await t.db.query('SELECT mark_id FROM tally_facts_stale')).toEqual([])
    const facts = await t.db.query<{ id_number: string }>(
      'SELECT id_number FROM tally_facts WHERE id_number = ANY($1::text[]) ORDER BY 1',
      [people],
    )
    expect(facts.map((f) => f.id_number)).toEqual([...people].sort())
    await checkedTallies()
  })

  it('stops when asked (a server shutting down) and leaves the facts as they were', async () => {
    const autumn = registration(
      { collectedAt: SPRING, participants: [vsiPerson({ idNumber: freshIdNumber() })] },
      prefix,
    )
    await push([autumn])
    await decide(autumn, 'approve')
    await checkedTallies()
    const read = async () => ({
      state: await t.db.query('SELECT rules_fingerprint FROM tally_facts_state'),
      facts: await t.db.query(
        'SELECT registration_id, participant_index, id_number FROM tally_facts ORDER BY 1, 2',
      ),
      teamFacts: await t.db.query(
        'SELECT registration_id, participant_index, id_number FROM tally_team_facts ORDER BY 1, 2',
      ),
    })
    const before = await read()
    expect(before.facts.length).toBeGreaterThan(0)
    expect(before.teamFacts.length).toBeGreaterThan(0)
    // Other rules: every record would be worked out again; stopped at its first batch.
    const stop = new AbortController()
    stop.abort()
    await expect(refreshTallyFacts(t.db, STRICT, stop.signal)).rejects.toThrow()
    expect(await read()).toEqual(before)
  })

  // On PostgreSQL a rebuild under new rules (minutes at a province's scale) runs while tallies are asked: they
  // count the facts of before at once and say so. On the embedded database nothing runs beside a transaction.
  it('counts the facts of before at once while another server works them all out under new rules', async () => {
    // One person's HI paid in August and again in October: "new" only once by default, twice under STRICT.
    const idNumber = freshIdNumber()
    const twice = [WINTER, SPRING].map((collectedAt) =>
      registration({ collectedAt, participants: [hiPerson({ idNumber })] }, prefix),
    )
    await push(twice)
    for (const r of twice) await decide(r, 'approve')
    const records = await approvedTallyRecords(t.db, admin)
    const underStrict = tallyCampaign(records, {}, STRICT)
    const underDefault = tallyCampaign(records, {}, defaultRules)
    expect(underStrict).not.toEqual(underDefault)
    // The facts were worked out under STRICT (a server on other rules); this one runs the default rules.
    await refreshTallyFacts(t.db, STRICT)
    if (process.env['TEST_DATABASE_URL']) {
      // Another server is working every fact out again: its transaction holds the facts' lock, uncommitted.
      let release = () => {}
      const held = new Promise<void>((resolve) => (release = resolve))
      let taken = () => {}
      const lockTaken = new Promise<void>((resolve) => (taken = resolve))
      const rebuild = t.db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1)', [TALLY_FACTS_LOCK])
        taken()
        await held
      })
      try {
        await lockTaken
        expect(await tallyApproved(t.db, admin, {}, defaultRules, [])).toEqual({
          ...underStrict,
          recalculating: true,
        })
        const answer = await t.call('GET', '/api/reports/tally', { token: await t.signIn('admin') })
        expect(answer.status).toBe(200)
        expect(answer.body).toMatchObject({ ...underStrict.totals, recalculating: true })
      } finally {
        release()
        await rebuild
      }
    }
    // Nobody else at work: this tally works them out under its own rules, and says nothing more.
    expect(await tallyApproved(t.db, admin, {}, defaultRules, [])).toEqual(underDefault)
  })
})
