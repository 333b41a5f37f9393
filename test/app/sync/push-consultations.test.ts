// People advised leave the phone with the registrations, against the real server in process: sealed at
// rest, pushed once (a retry is a duplicate), a refused one kept with its reasons, and sign-out refused
// while any waits.
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest'
import type { Consultation } from '../../../src/domain/consultation/consultation-schema.ts'
import { db } from '../../../src/app/db/db.ts'
import {
  countWaitingConsultations,
  followUpsDue,
  getConsultation,
  markFollowUpDone,
  saveConsultation,
} from '../../../src/app/db/consultations-repo.ts'
import { rememberSession } from '../../../src/app/db/session-token.ts'
import { setSetting } from '../../../src/app/db/settings.ts'
import { signOut } from '../../../src/app/db/sign-out.ts'
import { pushConsultations } from '../../../src/app/sync/push-consultations.ts'
import { syncNow } from '../../../src/app/sync/sync-engine.ts'
import { createTestApp, type TestApp } from '../../server/helpers/test-app.ts'
import { clearStore } from './fixtures.ts'

const DEVICE = '77777777-7777-4777-8777-777777777777'
let t: TestApp
let token: string

beforeAll(async () => {
  t = await createTestApp()
  ;({ token } = await t.staffDevice('staff1', DEVICE))
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => Promise.resolve(t.app.request(input, init)))
}, 60_000)
afterAll(async () => {
  vi.unstubAllGlobals()
  await t.close()
})
beforeEach(async () => {
  await clearStore()
  await db.consultations.clear()
  await rememberSession({
    token,
    user: { id: t.seed.users['staff1']?.id ?? '', username: 'staff1', role: 'staff', displayName: 'staff1' },
  })
  await setSetting('device', { deviceId: DEVICE, receiptPrefix: 'X' })
})

let n = 0
function consultation(overrides: Partial<Consultation> = {}): Consultation {
  n += 1
  return {
    id: `cccccccc-0000-4000-8000-${String(n).padStart(12, '0')}`,
    deviceId: DEVICE,
    eventId: t.seed.eventId,
    recordedAt: '2026-11-25T19:30:00+07:00',
    people: 12,
    topics: ['vsi', 'hi'],
    interested: true,
    ...overrides,
  }
}

const mai = () =>
  consultation({
    people: 1,
    person: { fullName: 'Lường Thị Mai', phone: '0912345678', consent: true },
    followUpOn: '2026-12-01',
  })

it('keeps the person sealed on the phone and sends each consultation once', async () => {
  const booth = consultation()
  const person = mai()
  // Saved just now, in this order (a consultation saved long ago would leave the phone after the pull).
  const now = Date.now()
  await saveConsultation(booth, now)
  await saveConsultation(person, now + 1)
  const raw = JSON.stringify(await db.consultations.toArray())
  expect(raw).not.toContain('Lường')
  expect(raw).not.toContain('0912345678')
  expect(await countWaitingConsultations()).toBe(2)
  expect(await signOut()).toEqual({ ok: false, waiting: 2, backedUp: false })

  const report = await syncNow()
  expect(report.pushed).toBe(2)
  expect(await countWaitingConsultations()).toBe(0)
  const [row] = await t.db.query<{ n: number; people: number }>(
    'SELECT count(*)::int AS n, sum(people)::int AS people FROM consultations WHERE device_id = $1',
    [DEVICE],
  )
  expect(row).toEqual({ n: 2, people: 13 })

  // Sent again (an answer lost on the way): the server says duplicate, nothing is counted twice.
  await db.consultations.toCollection().modify({ syncState: 'waiting' })
  expect((await pushConsultations(DEVICE)).pushed).toBe(2)
  const [again] = await t.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM consultations WHERE device_id = $1',
    [DEVICE],
  )
  expect(again?.n).toBe(2)
  expect(await countWaitingConsultations()).toBe(0)
})

it('keeps a refused consultation with its reasons and never sends it again by itself', async () => {
  const bad = consultation({ eventId: 'no-such-event' })
  await saveConsultation(bad)
  await pushConsultations(DEVICE)
  const row = await db.consultations.get(bad.id)
  expect(row?.syncState).toBe('rejected')
  expect(row?.errors?.[0]).toMatchObject({ path: 'eventId', code: 'unknown_code' })
})

it('brings a promised follow-up back on its day until it is dealt with', async () => {
  const person = mai()
  await saveConsultation(person)
  await saveConsultation(consultation())
  expect(await followUpsDue('2026-11-30')).toEqual([])
  const due = await followUpsDue('2026-12-01')
  expect(due.map((f) => f.record.person?.fullName)).toEqual(['Lường Thị Mai'])
  await markFollowUpDone(person.id)
  expect(await followUpsDue('2026-12-05')).toEqual([])
  // Dealt with, it leaves the index of open follow-ups; the sealed record keeps the day promised.
  expect(await db.consultations.orderBy('followUpOn').count()).toBe(0)
  expect((await getConsultation(person.id))?.record.followUpOn).toBe('2026-12-01')
})
