import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
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
const ids: Record<string, string> = {}
const MAI_ID = '010185004321'

beforeAll(async () => {
  t = await createTestApp()
  Object.assign(tokens, await t.team())
  await t.call('POST', '/api/events', {
    token: tokens['super1'],
    json: {
      id: 'ignored',
      name: 'Phiên chợ việc làm Y Tý',
      kind: 'job_fair',
      startsOn: '2026-11-20',
      endsOn: '2026-11-30',
      provinceCode: '15',
      commune: 'Xã Y Tý',
    },
  })
  const events = await t.call('GET', '/api/events', { token: tokens['super1'] })
  const fair = events.body.find((e: { kind: string }) => e.kind === 'job_fair').id as string
  ids['fair'] = fair

  const push = async (who: string, deviceId: string, key: string, reg: ReturnType<typeof registration>) => {
    const res = await t.call('POST', '/api/sync/push', {
      token: tokens[who],
      json: { deviceId, registrations: [{ ...reg, deviceId }] },
    })
    expect(res.body.results[0].status).toBe('accepted')
    ids[key] = reg.id
  }
  // Team A: a household in Y Tý (no commune code) with Giàng Thị Mai, at the job fair.
  await push(
    'staff1',
    DEVICE_1,
    'mai',
    registration({
      eventId: fair,
      collectedAt: '2026-11-25T08:00:00+07:00',
      participants: [
        hiPerson({ idNumber: freshIdNumber('010078000000') }),
        hiPerson({
          fullName: 'Giàng Thị Mai',
          sex: 'female',
          dateOfBirth: '1985',
          idNumber: MAI_ID,
          hi: { months: 12, householdOrder: 2, amountDue: 956_340 },
        }),
      ],
    }),
  )
  await push(
    'staff1',
    DEVICE_1,
    'lan',
    registration({
      collectedAt: '2026-11-25T09:00:00+07:00',
      participants: [vsiPerson({ idNumber: freshIdNumber() })],
    }),
  )
  await push(
    'staff2',
    DEVICE_2,
    'staff2',
    registration({
      collectedAt: '2026-11-25T10:00:00+07:00',
      participants: [vsiPerson({ fullName: 'Đặng Văn Minh', sex: 'male', idNumber: '010090007777' })],
    }),
  )
  // Team B: another Giàng Thị Mai (a different person) — outside super1's scope.
  await push(
    'staff3',
    DEVICE_3,
    'teamB',
    registration({
      collectedAt: '2026-11-25T11:00:00+07:00',
      participants: [
        hiPerson({
          fullName: 'Giàng Thị Mai',
          sex: 'female',
          dateOfBirth: '1992',
          idNumber: freshIdNumber('010192000000'),
        }),
      ],
    }),
  )
  await t.call('POST', `/api/registrations/${ids['lan']}/review`, {
    token: tokens['super1'],
    json: { revision: 1, decision: 'approve' },
  })
})
afterAll(() => t.close())

const get = (who: string, path: string) => t.call('GET', path, { token: tokens[who] })
const search = (who: string, json: unknown) =>
  t.call('POST', '/api/registrations/search', { token: tokens[who], json })
const idsOf = (res: { body: { items: { id: string }[] } }) => res.body.items.map((i) => i.id)

describe('GET /api/registrations filters', () => {
  it('lists items with collector, names, communes, amount, review and flag counts', async () => {
    const res = await get('super1', `/api/registrations?eventId=${ids['fair']}`)
    expect(res.status).toBe(200)
    expect(res.body.items).toHaveLength(1)
    expect(res.body.items[0]).toMatchObject({
      id: ids['mai'],
      revision: 1,
      eventId: ids['fair'],
      collector: { id: t.seed.users['staff1']?.id, username: 'staff1', displayName: 'Cán bộ thu 1' },
      participants: [
        { fullName: 'Giàng A Páo', commune: 'Xã Y Tý', birthYear: 1978 },
        { fullName: 'Giàng Thị Mai', commune: 'Xã Y Tý', birthYear: 1985 },
      ],
      amountCollected: 1_366_200 + 956_340,
      collectedAt: '2026-11-25T08:00:00+07:00',
      review: { status: 'pending' },
      flagCounts: { hard: 0, soft: 0 },
    })
  })

  it('filters by status, staff member and commune (code or folded name)', async () => {
    expect(idsOf(await get('super1', '/api/registrations?status=approved'))).toEqual([ids['lan']])
    expect(idsOf(await get('super1', '/api/registrations?status=pending'))).toEqual([
      ids['staff2'],
      ids['mai'],
    ])
    const staff2 = t.seed.users['staff2']?.id ?? ''
    expect(idsOf(await get('super1', `/api/registrations?ownerId=${staff2}`))).toEqual([ids['staff2']])
    expect(idsOf(await get('super1', '/api/registrations?communeCode=02683'))).toEqual([
      ids['staff2'],
      ids['lan'],
    ])
    expect(idsOf(await get('super1', `/api/registrations?commune=${encodeURIComponent('xa y ty')}`))).toEqual(
      [ids['mai']],
    )
    expect(idsOf(await get('admin', `/api/registrations?commune=${encodeURIComponent('Xã Y Tý')}`))).toEqual([
      ids['teamB'],
      ids['mai'],
    ])
    // Filters combine with AND, and never widen the scope.
    expect(
      idsOf(await get('super1', `/api/registrations?communeCode=02683&ownerId=${staff2}&status=approved`)),
    ).toEqual([])
    expect(idsOf(await get('staff2', '/api/registrations?communeCode=02683'))).toEqual([ids['staff2']])
  })

  it('validates filters and limit (≤ 200)', async () => {
    for (const q of [
      'status=done',
      'ownerId=staff2',
      'communeCode=123',
      'limit=0',
      'limit=201',
      'flagged=maybe',
    ]) {
      const res = await get('admin', `/api/registrations?${q}`)
      expect(res.status, q).toBe(400)
      expect(res.body.error.code).toBe('invalid_request')
    }
    expect((await get('admin', '/api/registrations?limit=200&status=')).status).toBe(200)
  })

  it('pages by cursor with a chosen limit, keeping the filters', async () => {
    const first = await get('admin', '/api/registrations?limit=2')
    expect(idsOf(first)).toEqual([ids['teamB'], ids['staff2']])
    const second = await get('admin', `/api/registrations?limit=2&cursor=${first.body.cursor}`)
    expect(idsOf(second)).toEqual([ids['lan'], ids['mai']])
    expect(second.body.cursor).toBeUndefined()
  })

  it('refuses names and ID numbers in the URL, explaining why', async () => {
    for (const q of [`q=${encodeURIComponent('giang thi mai')}`, `idNumber=${MAI_ID}`]) {
      const res = await get('super1', `/api/registrations?${q}`)
      expect(res.status).toBe(400)
      expect(res.body.error.code).toBe('personal_data_in_url')
      expect(res.body.error.message).toContain('POST /api/registrations/search')
    }
    // And the refused value is not written to the log.
    expect(t.logLines.join('\n')).not.toContain(MAI_ID)
  })
})

describe('POST /api/registrations/search', () => {
  it('finds a name typed without diacritics, in any order or as a prefix', async () => {
    for (const q of ['giang thi mai', 'Giàng Thị Mai', 'MAI GIANG', 'giang thi m', 'mai']) {
      expect(idsOf(await search('super1', { q })), q).toEqual([ids['mai']])
    }
    expect(idsOf(await search('admin', { q: 'giang thi mai' }))).toEqual([ids['teamB'], ids['mai']])
    expect(idsOf(await search('super1', { q: 'dang van minh' }))).toEqual([ids['staff2']])
    expect(idsOf(await search('super1', { q: 'giang thi lan' }))).toEqual([])
    // Wildcards are text, not patterns.
    expect(idsOf(await search('super1', { q: '%%' }))).toEqual([])
  })

  it('finds an exact 12-digit ID number', async () => {
    expect(idsOf(await search('super1', { q: MAI_ID }))).toEqual([ids['mai']])
    expect(idsOf(await search('super1', { q: MAI_ID.slice(0, 11) }))).toEqual([])
    expect(idsOf(await search('staff3', { q: MAI_ID }))).toEqual([])
  })

  it('combines the search with the same filters and pagination as the list', async () => {
    expect(idsOf(await search('admin', { q: 'giang thi mai', status: 'pending', limit: 1 }))).toEqual([
      ids['teamB'],
    ])
    const first = await search('admin', { q: 'giang', limit: 1 })
    const second = await search('admin', { q: 'giang', limit: 1, cursor: first.body.cursor })
    expect([...idsOf(first), ...idsOf(second)]).toEqual([ids['teamB'], ids['mai']])
    expect(idsOf(await search('admin', { q: 'giang thi mai', eventId: ids['fair'] }))).toEqual([ids['mai']])
    const bad = await search('admin', { q: 'x' })
    expect(bad.status).toBe(400)
    expect(bad.body.error.details.issues[0].path).toBe('q')
  })
})
