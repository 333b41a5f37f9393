// People advised: pushed like registrations (idempotent by id, each entry on its own), counted in the
// tallies per event, day, commune and staff, and listed for the office when a follow-up is due.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Consultation } from '../../../src/domain/consultation/consultation-schema.ts'
import { PROTOCOL_HEADER } from '../../../src/domain/api/sync.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, DEVICE_2, DEVICE_3, nextId, registration } from '../helpers/registrations.ts'

let t: TestApp
let tokens: Record<'staff1' | 'staff2' | 'staff3' | 'super1' | 'admin', string>
const EVENT = registration().eventId

beforeAll(async () => {
  t = await createTestApp()
  tokens = await t.team()
})
afterAll(() => t.close())

function consultation(overrides: Partial<Consultation> = {}): Consultation {
  return {
    id: nextId(),
    deviceId: DEVICE_1,
    eventId: EVENT,
    recordedAt: '2026-11-25T19:30:00+07:00',
    people: 12,
    topics: ['vsi', 'hi'],
    interested: true,
    communeCode: '02683',
    ...overrides,
  }
}

const push = (token: string, deviceId: string, consultations: unknown[], headers = {}) =>
  t.call('POST', '/api/sync/consultations', { token, json: { deviceId, consultations }, headers })

describe('POST /api/sync/consultations', () => {
  it('stores a booth of 12 once: a retry is a duplicate, the same id with other content changes nothing', async () => {
    const booth = consultation()
    expect((await push(tokens.staff1, DEVICE_1, [booth])).body).toEqual({
      results: [{ id: booth.id, status: 'accepted' }],
    })
    expect((await push(tokens.staff1, DEVICE_1, [booth])).body.results).toEqual([
      { id: booth.id, status: 'duplicate' },
    ])
    expect((await push(tokens.staff1, DEVICE_1, [{ ...booth, people: 20 }])).body.results).toEqual([
      { id: booth.id, status: 'conflict' },
    ])
    const [row] = await t.db.query<{ people: number; n: number }>(
      'SELECT max(people) AS people, count(*)::int AS n FROM consultations WHERE id = $1',
      [booth.id],
    )
    expect(row).toEqual({ people: 12, n: 1 })
  })

  it('answers each bad entry with its reasons and stores the good ones beside it', async () => {
    const good = consultation({ people: 1 })
    const noTopic = consultation({ topics: [] })
    const followUpWithoutPerson = consultation({ followUpOn: '2026-12-01' })
    const noConsent = { ...consultation(), person: { fullName: 'Lò Văn Sáng', consent: false } }
    const otherEvent = consultation({ eventId: 'no-such-event' })
    // Well-formed, but no year PostgreSQL has: it was a 500 for the whole push.
    const yearZero = consultation({ recordedAt: '0000-01-01T19:30:00+07:00' })
    const answer = await push(tokens.staff1, DEVICE_1, [
      good,
      noTopic,
      followUpWithoutPerson,
      noConsent,
      otherEvent,
      yearZero,
    ])
    const results = answer.body.results as { id: string; status: string; errors?: { path: string }[] }[]
    expect(results.map((r) => r.status)).toEqual([
      'accepted',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
      'rejected',
    ])
    expect(results[1]?.errors?.[0]?.path).toBe('topics')
    expect(results[2]?.errors?.[0]).toMatchObject({
      path: 'followUpOn',
      message: expect.stringMatching(/Hẹn lại/),
    })
    expect(results[3]?.errors?.[0]?.path).toBe('person.consent')
    expect(results[4]?.errors?.[0]).toMatchObject({ path: 'eventId', code: 'unknown_code' })
    expect(results[5]?.errors?.[0]).toMatchObject({
      path: 'recordedAt',
      message: expect.stringMatching(/2000–2099/),
    })
  })

  it('refuses a device that is not the caller’s and a protocol it does not know', async () => {
    expect((await push(tokens.staff1, DEVICE_2, [consultation({ deviceId: DEVICE_2 })])).status).toBe(403)
    const unknown = await push(tokens.staff1, DEVICE_1, [consultation()], { [PROTOCOL_HEADER]: '999' })
    expect(unknown.status).toBe(400)
    expect(unknown.body.error.code).toBe('unsupported_protocol')
  })

  it('never stores one collector’s entry under another phone', async () => {
    const answer = await push(tokens.staff2, DEVICE_2, [consultation({ deviceId: DEVICE_1 })])
    expect(answer.body.results[0]).toMatchObject({ status: 'rejected', errors: [{ path: 'deviceId' }] })
  })
})

describe('people advised in the tallies and the follow-ups', () => {
  it('counts heads per event, day, commune and staff, and lists the follow-ups due to the team', async () => {
    const fresh = await createTestApp()
    try {
      const team = await fresh.team()
      const call = (token: string, deviceId: string, list: Consultation[]) =>
        fresh.call('POST', '/api/sync/consultations', { token, json: { deviceId, consultations: list } })
      const mai = consultation({
        people: 1,
        topics: ['vsi'],
        person: { fullName: 'Lường Thị Mai', phone: '0912345678', consent: true },
        followUpOn: '2026-12-01',
        note: 'Chờ bán xong lứa ngô',
      })
      await call(team.staff1, DEVICE_1, [consultation(), mai])
      await call(team.staff3, DEVICE_3, [
        consultation({
          deviceId: DEVICE_3,
          people: 5,
          communeCode: undefined,
          recordedAt: '2026-11-26T08:00:00+07:00',
        }),
      ])
      const tally = await fresh.call('GET', '/api/reports/tally', { token: team.admin })
      expect(tally.body.advised).toBe(18)
      expect(tally.body.byEvent[EVENT].advised).toBe(18)
      expect(tally.body.byDay['2026-11-25'].advised).toBe(13)
      expect(tally.body.byDay['2026-11-26'].advised).toBe(5)
      expect(tally.body.byCommune['02683'].advised).toBe(13)
      expect(tally.body.names.commune['02683']).toMatch(/Bát Xát/)
      const staffIds = Object.keys(tally.body.byStaff)
      expect(staffIds.map((id) => tally.body.byStaff[id].advised).sort()).toEqual([13, 5])
      const day = await fresh.call('GET', '/api/reports/tally?from=2026-11-26&to=2026-11-26', {
        token: team.admin,
      })
      expect(day.body.advised).toBe(5)

      const due = await fresh.call('GET', '/api/consultations/follow-ups?dueBy=2026-12-01', {
        token: team.super1,
      })
      expect(due.status).toBe(200)
      expect(due.body.followUps).toEqual([
        expect.objectContaining({
          id: mai.id,
          fullName: 'Lường Thị Mai',
          phone: '0912345678',
          followUpOn: '2026-12-01',
          topics: ['vsi'],
          note: 'Chờ bán xong lứa ngô',
        }),
      ])
      const early = await fresh.call('GET', '/api/consultations/follow-ups?dueBy=2026-11-30', {
        token: team.super1,
      })
      expect(early.body.followUps).toEqual([])
      expect((await fresh.call('GET', '/api/consultations/follow-ups', { token: team.staff1 })).status).toBe(
        403,
      )
      const bad = await fresh.call('GET', '/api/consultations/follow-ups?dueBy=1.12.2026', {
        token: team.super1,
      })
      expect(bad.status).toBe(400)
    } finally {
      await fresh.close()
    }
  })
})
