// A search looks up the registrations it matches by id when they are few, and walks the list in order when
// they are many (list-registrations.ts, #15: 4.6 s over 1,000,000 registrations for a word nobody has).
// Both ways must answer the same pages, for names, name starts, ID numbers, absent words and a supervisor's
// narrower scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { foldName } from '../../../src/domain/index.ts'
import type { AuthUser } from '../../../src/server/store/auth-user.ts'
import { listRegistrations, type ListFilter } from '../../../src/server/store/list-registrations.ts'
import { nameWords } from '../../../src/server/store/person-row.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, DEVICE_3, freshIdNumber, registration, vsiPerson } from '../helpers/registrations.ts'

let t: TestApp
const users: AuthUser[] = []
const idNumbers: string[] = []
const names = ['Giàng Thị Mai', 'Giàng A Páo', 'Lò Văn Sử', 'Hoàng Thị Lan', 'Giàng Thị Máy']

beforeAll(async () => {
  t = await createTestApp()
  const staff1 = await t.staffDevice('staff1', DEVICE_1)
  const staff3 = await t.staffDevice('staff3', DEVICE_3)
  for (const [who, device, prefix] of [
    [staff1.token, DEVICE_1, staff1.receiptPrefix],
    [staff3.token, DEVICE_3, staff3.receiptPrefix],
  ] as const) {
    const regs = Array.from({ length: 15 }, (_, i) => {
      const idNumber = freshIdNumber()
      idNumbers.push(idNumber)
      return {
        ...registration(
          {
            collectedAt: `2026-11-${String(10 + (i % 9)).padStart(2, '0')}T0${i % 10}:30:00+07:00`,
            participants: [vsiPerson({ idNumber, fullName: names[i % names.length] ?? '' })],
          },
          prefix,
        ),
        deviceId: device,
      }
    })
    const res = await t.call('POST', '/api/sync/push', {
      token: who,
      json: { deviceId: device, registrations: regs },
    })
    expect(res.status).toBe(200)
  }
  const rows = await t.db.query<{
    id: string
    username: string
    role: AuthUser['role']
    team_id: string | null
  }>(
    "SELECT id::text AS id, username, role, team_id FROM users WHERE username IN ('admin', 'super1', 'staff3')",
  )
  for (const r of rows)
    users.push({ id: r.id, username: r.username, role: r.role, displayName: r.username, teamId: r.team_id })
})
afterAll(() => t.close())

const byName = (q: string): ListFilter['person'] => ({ words: nameWords(foldName(q)), prefix: foldName(q) })

describe('search: few matches by id, many by walking the list', () => {
  it('answers the same pages both ways', async () => {
    const people: NonNullable<ListFilter['person']>[] = [
      byName('Giàng Thị Mai')!,
      byName('giang')!,
      byName('Lò V')!,
      byName('Không Có Ai')!,
      { idNumber: idNumbers[3] ?? '' },
      { idNumber: '010199999999' },
    ]
    let compared = 0
    for (const user of users) {
      for (const person of people) {
        for (const limit of [4, 50]) {
          const few = await listRegistrations(t.db, user, { person, limit })
          const many = await listRegistrations(t.db, user, { person, limit }, { fewMatches: 0 })
          expect(few).toEqual(many)
          // And the next page, from the cursor.
          if (few.next) {
            const after = { person, limit, after: few.next }
            expect(await listRegistrations(t.db, user, after)).toEqual(
              await listRegistrations(t.db, user, after, { fewMatches: 0 }),
            )
          }
          compared += few.items.length
        }
      }
    }
    expect(compared).toBeGreaterThan(20)
  })
})
