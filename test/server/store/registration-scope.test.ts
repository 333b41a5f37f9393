import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, DEVICE_2, DEVICE_3, registration, vsiPerson } from '../helpers/registrations.ts'

let t: TestApp
const tokens: Record<string, string> = {}
let mine: string
let ofStaff2: string
let ofStaff3: string

beforeAll(async () => {
  t = await createTestApp()
  Object.assign(tokens, await t.team())
  const push = async (who: string, deviceId: string, collectedAt: string, idNumber = '010190001234') => {
    const reg = registration({ deviceId, collectedAt, participants: [vsiPerson({ idNumber })] })
    await t.call('POST', '/api/sync/push', { token: tokens[who], json: { deviceId, registrations: [reg] } })
    return reg.id
  }
  mine = await push('staff1', DEVICE_1, '2026-11-25T08:00:00+07:00')
  ofStaff2 = await push('staff2', DEVICE_2, '2026-11-25T09:00:00+07:00', '010190009999')
  // Same ID number as staff1's participant: a possible duplicate across teams.
  ofStaff3 = await push('staff3', DEVICE_3, '2026-11-25T10:00:00+07:00')
})
afterAll(() => t.close())

const get = (who: string, path: string) => t.call('GET', path, { token: tokens[who] })
const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id)

describe('scoped reads', () => {
  it('staff see only their own registrations', async () => {
    expect(ids((await get('staff1', '/api/registrations')).body)).toEqual([mine])
    expect((await get('staff1', `/api/registrations/${mine}`)).status).toBe(200)
    const res = await get('staff2', `/api/registrations/${mine}`)
    expect(res.status).toBe(404)
    expect(res.body.error.code).toBe('not_found')
    expect((await get('staff3', `/api/registrations/${mine}`)).status).toBe(404)
  })

  it('a supervisor sees team A only, newest first', async () => {
    expect(ids((await get('super1', '/api/registrations')).body)).toEqual([ofStaff2, mine])
    expect((await get('super1', `/api/registrations/${ofStaff3}`)).status).toBe(404)
  })

  it('an admin sees all', async () => {
    expect(ids((await get('admin', '/api/registrations')).body)).toEqual([ofStaff3, ofStaff2, mine])
  })

  it('filters by status and event, and rejects unknown statuses', async () => {
    expect(ids((await get('admin', '/api/registrations?status=approved')).body)).toEqual([])
    expect(
      ids((await get('admin', '/api/registrations?status=pending&eventId=lao-cai-demo')).body),
    ).toHaveLength(3)
    expect(ids((await get('admin', '/api/registrations?eventId=other')).body)).toEqual([])
    expect((await get('admin', '/api/registrations?status=bogus')).status).toBe(400)
  })

  it('flags the same ID number (hard) and the same name, birth year and commune (soft), both ways', async () => {
    const flag = (kind: string, otherId: string, otherVisible: boolean) => ({
      kind,
      severity: kind === 'duplicate_id' ? 'hard' : 'soft',
      otherId,
      participantIndex: 0,
      otherParticipantIndex: 0,
      otherStatus: 'pending',
      otherVisible,
    })
    const asAdmin = await get('admin', `/api/registrations/${mine}`)
    expect(asAdmin.body.flags).toEqual([
      flag('duplicate_id', ofStaff3, true),
      flag('possible_duplicate', ofStaff2, true),
    ])
    expect(asAdmin.body.flagCounts).toEqual({ hard: 1, soft: 1 })
    // Team B's registration is neither named nor shown: the supervisor learns only that the ID is enrolled
    // elsewhere (issue #10).
    const asSuper = await get('super1', `/api/registrations/${mine}`)
    expect(asSuper.body.flags).toEqual([
      { kind: 'duplicate_id', severity: 'hard', participantIndex: 0, otherVisible: false },
      flag('possible_duplicate', ofStaff2, true),
    ])
    const other = await get('admin', `/api/registrations/${ofStaff3}`)
    expect(other.body.flags).toEqual([
      flag('duplicate_id', mine, true),
      flag('possible_duplicate', ofStaff2, true),
    ])
    expect(
      (await get('admin', `/api/registrations/${ofStaff2}`)).body.flags.map((f: { kind: string }) => f.kind),
    ).toEqual(['possible_duplicate', 'possible_duplicate'])
  })

  it('returns the record, the collector, revisions and review history', async () => {
    const res = await get('super1', `/api/registrations/${mine}`)
    expect(res.body).toMatchObject({
      id: mine,
      revision: 1,
      eventId: 'lao-cai-demo',
      collector: { username: 'staff1' },
      review: { status: 'pending' },
      reviews: [],
    })
    expect(res.body.registration.participants[0].idNumber).toBe('010190001234')
    expect(res.body.revisions).toHaveLength(1)
  })

  it('pages 50 at a time with an opaque cursor', async () => {
    const regs = Array.from({ length: 60 }, (_, i) =>
      registration({ collectedAt: `2026-11-20T08:${String(i).padStart(2, '0')}:00+07:00` }),
    )
    await t.call('POST', '/api/sync/push', {
      token: tokens['staff1'],
      json: { deviceId: DEVICE_1, registrations: regs },
    })
    const first = await get('staff1', '/api/registrations')
    expect(first.body.items).toHaveLength(50)
    expect(first.body.cursor).toEqual(expect.any(String))
    const second = await get('staff1', `/api/registrations?cursor=${first.body.cursor}`)
    expect(second.body.items).toHaveLength(11)
    expect(second.body.cursor).toBeUndefined()
    const all = [...ids(first.body), ...ids(second.body)]
    expect(new Set(all).size).toBe(61)
    expect((await get('staff1', '/api/registrations?cursor=garbage')).status).toBe(400)
  })
})
