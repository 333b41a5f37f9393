// The server counts the tally by SQL from facts kept per participant (tally-records.ts, count-tally-facts.ts,
// #15): an office's over every record, a team's over its own records with its own history, an event's by
// reducing each person to one row, and the commune keys of names typed without a code found by a query. Each
// must give exactly what the domain's `tallyCampaign` gives over the same records at once — checked here over
// a history of renewals, repeats, ties in time, voids, two teams meeting the same people, and communes typed
// with and without their code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  defaultRules,
  tallyCampaign,
  type Participant,
  type Registration,
  type TallyScope,
} from '../../../src/domain/index.ts'
import type { AuthUser } from '../../../src/server/store/auth-user.ts'
import { saveNewBatch } from '../../../src/server/store/save-new-batch.ts'
import { tallyApproved } from '../../../src/server/store/tally-records.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { approvedTallyRecords } from '../helpers/approved-records.ts'
import { DEVICE_1, hiPerson, registration, vsiPerson } from '../helpers/registrations.ts'

// Twelve people, by ID number (women born 1990, men born 1978, as the helpers' birth dates say).
const women = Array.from({ length: 6 }, (_, i) => `0101900${String(70_000 + i)}`)
const men = Array.from({ length: 6 }, (_, i) => `0100780${String(70_000 + i)}`)

const WITH_CODE = { provinceCode: '15', communeCode: '02683', commune: 'Xã Bát Xát', village: 'Thôn 1' }
const CODELESS_SAME = { provinceCode: '15', commune: 'xã bát xát' }
const CODELESS_OTHER = { provinceCode: '15', commune: 'Xã Tả Van' }
const OTHER_PROVINCE = { provinceCode: '10', commune: 'Xã Bát Xát' }
const MIXED = [WITH_CODE, CODELESS_SAME, CODELESS_OTHER, OTHER_PROVINCE]
// Every commune with its code: the office's figures come from the `prev_…` days (count-tally-facts.ts).
const CODED = [
  WITH_CODE,
  { ...WITH_CODE, communeCode: '02686', commune: 'Xã Y Tý' },
  { provinceCode: '10', communeCode: '00001', commune: 'Phường Bạch Mai' },
]

function suite(title: string, addresses: readonly Participant['address'][]) {
  let t: TestApp
  let admin: AuthUser
  let supervisor: AuthUser
  let teamB: AuthUser

  function person(n: number): Participant {
    const address = addresses[n % addresses.length] ?? WITH_CODE
    if (n % 2 === 0) {
      const p = vsiPerson({ idNumber: women[Math.floor(n / 3) % women.length] ?? '', address })
      return n % 6 === 0 ? { ...p, services: { vssidAssisted: false, cashlessPension: true } } : p
    }
    const p = hiPerson({ idNumber: men[Math.floor(n / 3) % men.length] ?? '', address })
    return n % 5 === 0 && p.hi ? { ...p, hi: { ...p.hi, renewsCardTo: '2026-10-31' } } : p
  }

  let eventB = ''

  beforeAll(async () => {
    t = await createTestApp()
    await t.staffDevice('staff1', DEVICE_1)
    const created = await t.call('POST', '/api/events', {
      token: await t.signIn('admin'),
      json: {
        name: 'Hội nghị thôn Y Tý',
        kind: 'village_meeting',
        startsOn: '2025-01-01',
        endsOn: '2026-12-31',
        provinceCode: '15',
        commune: 'Xã Y Tý',
      },
    })
    eventB = created.body.id
    const users = await t.db.query<{ id: string; username: string; team_id: string | null }>(
      "SELECT id::text AS id, username, team_id FROM users WHERE username IN ('admin', 'super1', 'staff1', 'staff3')",
    )
    const user = (name: string, role: AuthUser['role']): AuthUser => {
      const u = users.find((x) => x.username === name)
      if (!u) throw new Error(`no ${name}`)
      return { id: u.id, username: name, role, displayName: name, teamId: u.team_id }
    }
    admin = user('admin', 'admin')
    supervisor = user('super1', 'supervisor')
    // Team B has no supervisor among the demo accounts; its tally is asked for as one would be.
    teamB = {
      ...supervisor,
      id: crypto.randomUUID(),
      username: 'superB',
      teamId: user('staff3', 'staff').teamId,
    }

    // 60 registrations over a year and a half: people come back (renewals, paying twice, after a gap), some
    // at the very same moment (ties broken by id), at two events, by collectors of two teams.
    const regs: Registration[] = []
    for (let i = 0; i < 60; i++) {
      // From July 2025, when the rules begin, to November 2026.
      const m = 6 + ((i * 7) % 17)
      const year = 2025 + Math.floor(m / 12)
      const month = String((m % 12) + 1).padStart(2, '0')
      const day = String(1 + ((i * 5) % 27)).padStart(2, '0')
      // The last six at the very same moment: the order between them is the id's, across batch boundaries.
      const at =
        i >= 54
          ? '2026-03-10T08:00:00+07:00'
          : `${year}-${month}-${day}T${i % 3 === 0 ? '09:00:00' : `1${i % 10}:15:00`}+07:00`
      const met = i % 4 === 0 ? [person(i), person(i + 3)] : [person(i)]
      // The same moment is the same day too: everyone there helped with VssID, some of them twice that day.
      const participants =
        i >= 54 ? met.map((p) => ({ ...p, services: { ...p.services, vssidAssisted: true } })) : met
      const r = registration({
        collectedAt: at,
        eventId: i % 3 === 0 ? eventB : 'lao-cai-demo',
        participants,
      })
      regs.push(i % 11 === 0 ? { ...r, void: { reason: 'Thu nhầm', at } } : r)
    }
    const staff1 = user('staff1', 'staff')
    const staff3 = user('staff3', 'staff')
    const now = new Date('2026-11-25T03:00:00Z')
    const first = await saveNewBatch(t.db, regs.slice(0, 40), staff1, now)
    const second = await saveNewBatch(t.db, regs.slice(40), staff3, now)
    expect([first.error, second.error]).toEqual([undefined, undefined])
    expect(first.stored.size + second.stored.size).toBe(60)
    // Most are approved; a few stay pending or were rejected, and count for nothing.
    await t.db.query(
      `UPDATE registrations SET review_status = CASE WHEN change_seq % 7 = 3 THEN 'pending'
              WHEN change_seq % 7 = 5 THEN 'rejected' ELSE 'approved' END`,
    )
  })
  afterAll(() => t.close())

  /** Every approved registration in the user's scope, whole, as `tallyCampaign` takes them. */
  const scopes: (() => TallyScope)[] = [
    () => ({}),
    () => ({ eventId: eventB }),
    () => ({ eventId: 'lao-cai-demo' }),
    () => ({ from: '2025-06-01', to: '2026-01-31' }),
    () => ({ eventId: eventB, to: '2025-12-31' }),
    () => ({ from: '2026-03-01' }),
    // Early windows: a commune typed without its code may meet its code only after `to`.
    () => ({ to: '2025-08-31' }),
    () => ({ to: '2025-10-31' }),
    () => ({ eventId: 'no-such-event' }),
    // One event from a day on: the person's earlier rows at that event, and elsewhere, before the window.
    () => ({ eventId: 'lao-cai-demo', from: '2025-09-01', to: '2026-02-28' }),
    () => ({ eventId: eventB, from: '2026-01-01' }),
  ]

  describe(`the tally read in batches (${title})`, () => {
    for (const [n, scopeOf] of scopes.entries()) {
      it(`equals the tally of every record at once, scope ${n}`, async () => {
        const scope = scopeOf()
        for (const user of [admin, supervisor, teamB]) {
          const expected = tallyCampaign(await approvedTallyRecords(t.db, user), scope, defaultRules)
          expect(await tallyApproved(t.db, user, scope, defaultRules, [])).toEqual(expected)
        }
      })
    }

    it('has something to count: new and renewed people in several communes', async () => {
      const all = await tallyApproved(t.db, admin, {}, defaultRules, [])
      expect(all.totals.registrations).toBeGreaterThan(30)
      expect(all.totals.vsiNew).toBeGreaterThan(0)
      expect(all.totals.hiNew).toBeGreaterThan(0)
      expect(all.totals.hiRenewed).toBeGreaterThan(0)
      expect(all.totals.cashlessPension).toBeGreaterThan(0)
      // People who came back: fewer new than participants.
      expect(all.totals.vsiNew + all.totals.hiNew).toBeLessThan(all.totals.registrations)
      expect(Object.keys(all.byCommune).length).toBeGreaterThanOrEqual(3)
      // The two teams met the same people: each team counts as new some the office had met before.
      const a = await tallyApproved(t.db, supervisor, {}, defaultRules, [])
      const b = await tallyApproved(t.db, teamB, {}, defaultRules, [])
      expect(a.totals.registrations + b.totals.registrations).toBe(all.totals.registrations)
      expect(a.totals.vsiNew + b.totals.vsiNew).toBeGreaterThan(all.totals.vsiNew)
      if (addresses === MIXED) {
        // "xã bát xát" typed in Lào Cai without its code counts under 02683; in another province it does not.
        expect(Object.keys(all.byCommune)).toContain('02683')
        expect(Object.keys(all.byCommune)).toContain('Xã Tả Van')
        expect(Object.keys(all.byCommune)).toContain('Xã Bát Xát')
        expect(Object.keys(all.byCommune)).not.toContain('xã bát xát')
      }
    })
  })
}

suite('communes with and without their code', MIXED)
suite('every commune with its code', CODED)
