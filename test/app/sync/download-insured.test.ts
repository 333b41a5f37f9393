// The agency's list comes to the phone from the real server in process: sealed at rest, resumed after a
// connection dropped midway, brought up to date by difference, gone after the event, gone at sign-out.
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest'
import { db } from '../../../src/app/db/db.ts'
import { getInsuredState, readInsured } from '../../../src/app/db/insured-store.ts'
import { rememberSession } from '../../../src/app/db/session-token.ts'
import { signOut } from '../../../src/app/db/sign-out.ts'
import {
  downloadInsured,
  purgeEndedInsured,
  type FetchInsuredPage,
  type InsuredPageAnswer,
} from '../../../src/app/sync/download-insured.ts'
import { apiFetch } from '../../../src/app/api/http.ts'
import { createTestApp, type TestApp } from '../../server/helpers/test-app.ts'
import { clearStore } from './fixtures.ts'

let t: TestApp
let admin: string

const HEADER = 'SoDinhDanh;HoTen;NgaySinh;GioiTinh;MaXa;MaHo;HanTheTu;HanTheDen;MaBenhVien;DongBHXHDenThang'
const line = (i: number, hiTo = '31/12/2026') =>
  `0101800${String(10_000 + i).padStart(5, '0')};Người Thứ ${i};1980;Nam;02683;HO${Math.floor(i / 4)};01/01/2026;${hiTo};15001;`

async function importList(lines: string[]) {
  const answer = await t.call('POST', '/api/insured/import?provinceCode=15&fileName=ds.csv', {
    token: admin,
    body: [HEADER, ...lines].join('\n'),
    headers: { 'Content-Type': 'text/csv' },
  })
  expect(answer.status).toBe(200)
}

/** Pages of 3 so that a handful of people makes several pages. */
const smallPages: FetchInsuredPage = (eventId, query) => {
  if (!query.has('limit')) query.set('limit', '3')
  return apiFetch<InsuredPageAnswer>(`/api/events/${eventId}/insured?${query.toString()}`)
}

beforeAll(async () => {
  t = await createTestApp()
  const { token } = await t.staffDevice('staff1', '88888888-8888-4888-8888-888888888888')
  admin = await t.signIn('admin')
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => Promise.resolve(t.app.request(input, init)))
  await rememberSession({
    token,
    user: { id: t.seed.users['staff1']?.id ?? '', username: 'staff1', role: 'staff', displayName: 'staff1' },
  })
}, 60_000)
afterAll(async () => {
  vi.unstubAllGlobals()
  await t.close()
})
beforeEach(async () => {
  const session = await db.settings.get('session')
  await clearStore()
  if (session) await db.settings.put(session)
})

it('downloads the event’s commune sealed, resumes after a drop, and then takes only the difference', async () => {
  await importList(Array.from({ length: 8 }, (_, i) => line(i)))
  // The connection drops after the second page: what came is kept, the next try resumes after it.
  let pages = 0
  const dropping: FetchInsuredPage = async (eventId, query) => {
    if (query.has('after') && ++pages === 2) throw new TypeError('Failed to fetch')
    return smallPages(eventId, query)
  }
  await expect(downloadInsured(t.seed.eventId, { fetch: dropping })).rejects.toThrow('Failed to fetch')
  const cut = await getInsuredState('02683')
  expect(cut?.pending).toMatchObject({ version: 1, staged: 2 })
  const requested: string[] = []
  const counting: FetchInsuredPage = (eventId, query) => {
    requested.push(query.toString())
    return smallPages(eventId, query)
  }
  expect(await downloadInsured(t.seed.eventId, { fetch: counting })).toEqual({
    communeCode: '02683',
    version: 1,
    people: 8,
    received: 2,
  })
  // Resumed after the sixth person, not from the start.
  expect(requested.filter((q) => q.includes('after='))).toHaveLength(1)
  expect((await readInsured('02683')).map((r) => r[1])).toHaveLength(8)
  expect(JSON.stringify(await db.insured.toArray())).not.toContain('Người Thứ')

  // A newer list: one card renewed, one person gone, one new. Only those come down.
  await importList([
    ...Array.from({ length: 7 }, (_, i) => line(i, i === 0 ? '31/12/2027' : '31/12/2026')),
    line(9),
  ])
  const update = await downloadInsured(t.seed.eventId, { fetch: smallPages })
  expect(update).toMatchObject({ version: 2, people: 8, received: 2 })
  const rows = await readInsured('02683')
  expect(rows.map((r) => r[1])).not.toContain('Người Thứ 7')
  expect(rows.find((r) => r[1] === 'Người Thứ 0')?.[7]).toBe('2027-12-31')
  expect(await downloadInsured(t.seed.eventId, { fetch: smallPages })).toMatchObject({ received: 0 })
})

it('removes a commune’s list some days after its events end, and at sign-out', async () => {
  await importList([line(1)])
  await db.events.put({
    id: t.seed.eventId,
    name: 'Đêm văn nghệ',
    kind: 'art_performance',
    startsOn: '2026-11-24',
    endsOn: '2026-11-26',
    provinceCode: '15',
    commune: 'Xã Bát Xát',
  })
  await downloadInsured(t.seed.eventId, { fetch: smallPages })
  expect(await purgeEndedInsured('2026-12-03', 7)).toEqual([])
  expect(await purgeEndedInsured('2026-12-04', 7)).toEqual(['02683'])
  expect(await db.insured.count()).toBe(0)

  await downloadInsured(t.seed.eventId, { fetch: smallPages })
  expect(await db.insured.count()).toBeGreaterThan(0)
  expect(await signOut()).toEqual({ ok: true })
  expect(await db.insured.count()).toBe(0)
  expect(await getInsuredState('02683')).toBeUndefined()
})
