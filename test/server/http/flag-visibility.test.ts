// Issue #10 item 5: a team-B collector who pushed a team-A person's ID number saw a duplicate_id flag with the
// other record's status — an oracle for who holds an ID number and in what state. Staff see flags only about
// registrations they may read; a supervisor sees that a duplicate exists in another team, not its id, status
// or people; the office (admin) sees everything.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, DEVICE_3, freshIdNumber, registration, vsiPerson } from '../helpers/registrations.ts'

let t: TestApp
const tokens: Record<string, string> = {}
const devices: Record<string, string> = { staff1: DEVICE_1, staff3: DEVICE_3 }

beforeAll(async () => {
  t = await createTestApp()
  tokens['staff1'] = (await t.staffDevice('staff1', DEVICE_1)).token
  tokens['staff3'] = (await t.staffDevice('staff3', DEVICE_3)).token
  tokens['super1'] = await t.signIn('super1')
  tokens['admin'] = await t.signIn('admin')
})
afterAll(() => t.close())

// A name per call: the same name, birth year and commune would add soft flags between the tests' records.
const NAMES = [
  'Lò Thị Hoa',
  'Vàng Thị Dung',
  'Sùng A Tủa',
  'Thào Thị Sính',
  'Lù Thị Phương',
  'Phàn Thị Xuân',
  'Hầu A Chứ',
]
let named = 0
async function push(who: string, idNumber: string) {
  const deviceId = devices[who] ?? ''
  const fullName = NAMES[named++ % NAMES.length] ?? ''
  const reg = registration({ deviceId, participants: [vsiPerson({ idNumber, fullName })] })
  const res = await t.call('POST', '/api/sync/push', {
    token: tokens[who],
    json: { deviceId, registrations: [reg] },
  })
  expect(res.body.results[0].status).toBe('accepted')
  return reg
}
const detail = (who: string, id: string) => t.call('GET', `/api/registrations/${id}`, { token: tokens[who] })
const list = (who: string, query = '') => t.call('GET', `/api/registrations?${query}`, { token: tokens[who] })

it('tells a collector nothing about another team’s record with the same ID number', async () => {
  const id = freshIdNumber()
  const a = await push('staff1', id)
  await t.call('POST', `/api/registrations/${a.id}/review`, {
    token: tokens['super1'],
    json: { revision: 1, decision: 'return', comment: 'Kiểm tra lại' },
  })
  const b = await push('staff3', id)

  for (const [who, mine] of [
    ['staff3', b.id],
    ['staff1', a.id],
  ] as const) {
    const d = await detail(who, mine)
    expect(d.status).toBe(200)
    expect(d.body.flags).toEqual([])
    expect(d.body.flagCounts).toEqual({ hard: 0, soft: 0 })
    expect(JSON.stringify(d.body.history)).not.toMatch(/hardFlags|softFlags/)
    // The other record's state is not in the answer.
    if (who === 'staff3') expect(d.text).not.toContain('returned')
    const item = (await list(who)).body.items.find((i: { id: string }) => i.id === mine)
    expect(item.flagCounts).toEqual({ hard: 0, soft: 0 })
    expect((await list(who, 'flagged=hard')).body.items).toEqual([])
  }
})

it('shows a collector flags between their own registrations, with the status', async () => {
  const id = freshIdNumber()
  const a = await push('staff1', id)
  const b = await push('staff1', id)
  const d = await detail('staff1', b.id)
  expect(d.body.flags).toEqual([
    {
      kind: 'duplicate_id',
      severity: 'hard',
      otherId: a.id,
      participantIndex: 0,
      otherParticipantIndex: 0,
      otherStatus: 'pending',
      otherVisible: true,
    },
  ])
  expect(d.body.flagCounts.hard).toBe(1)
  expect((await list('staff1', 'flagged=hard')).body.items.map((i: { id: string }) => i.id).sort()).toEqual(
    [a.id, b.id].sort(),
  )
})

it('shows a supervisor that a duplicate exists in another team, without its id, status or people', async () => {
  const id = freshIdNumber()
  const a = await push('staff1', id)
  const b = await push('staff3', id)
  const hidden = { kind: 'duplicate_id', severity: 'hard', participantIndex: 0, otherVisible: false }
  const d = await detail('super1', a.id)
  expect(d.body.flags).toEqual([hidden])
  expect(d.body.flagCounts.hard).toBe(1)
  expect(d.text).not.toContain(b.id)
  const refused = await t.call('POST', `/api/registrations/${a.id}/review`, {
    token: tokens['super1'],
    json: { revision: 1, decision: 'approve' },
  })
  expect(refused.status).toBe(409)
  expect(refused.body.error.details.flags).toEqual([hidden])
  expect(refused.text).not.toContain(b.id)
  // The office sees both sides in full.
  const office = await detail('admin', a.id)
  expect(office.body.flags).toEqual([
    expect.objectContaining({ otherId: b.id, otherStatus: 'pending', otherVisible: true }),
  ])
})
