// A second phone's correction answered `conflict` stays on the phone until the collector resolves it on
// purpose: keep mine (sent as the next revision), take the server's, or drop it when the id is not theirs.
// Against the real server in process, as sync-against-server.test.ts.
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest'
import type { Registration } from '../../../src/domain/index.ts'
import { db } from '../../../src/app/db/db.ts'
import { getRegistration } from '../../../src/app/db/registrations-repo.ts'
import { discardHeld, keepMine, takeServers } from '../../../src/app/db/resolve-conflict.ts'
import { rememberSession } from '../../../src/app/db/session-token.ts'
import { setSetting } from '../../../src/app/db/settings.ts'
import { syncNow } from '../../../src/app/sync/sync-engine.ts'
import { createTestApp, type TestApp } from '../../server/helpers/test-app.ts'
import { freshIdNumber, registration, vsiPerson } from '../../server/helpers/registrations.ts'
import { clearStore, saveRecord } from '../sync/fixtures.ts'

const DEVICE = '55555555-5555-4555-8555-555555555555'
const OTHER_DEVICE = '66666666-6666-4666-8666-666666666666'
let t: TestApp
let token: string
let otherToken: string
let prefix: string

beforeAll(async () => {
  t = await createTestApp()
  ;({ token, receiptPrefix: prefix } = await t.staffDevice('staff1', DEVICE))
  otherToken = (await t.staffDevice('staff2', OTHER_DEVICE)).token
  vi.stubGlobal('fetch', (input: string, init?: RequestInit) => Promise.resolve(t.app.request(input, init)))
}, 60_000)
afterAll(async () => {
  vi.unstubAllGlobals()
  await t.close()
})
beforeEach(async () => {
  await clearStore()
  await rememberSession({
    token,
    user: { id: t.seed.users['staff1']?.id ?? '', username: 'staff1', role: 'staff', displayName: 'staff1' },
  })
  await setSetting('device', { deviceId: DEVICE, receiptPrefix: prefix })
})

const village = (r: Registration, name: string): Registration => ({
  ...r,
  participants: r.participants.map((p) => ({ ...p, address: { ...p.address, village: name } })),
})

/** Revision 1 synced from this phone; then another phone of the same collector stores its revision 2. */
async function conflicted(): Promise<{ first: Registration; theirs: Registration; mine: Registration }> {
  const first = registration(
    { deviceId: DEVICE, eventId: t.seed.eventId, participants: [vsiPerson({ idNumber: freshIdNumber() })] },
    prefix,
  )
  await saveRecord(first, 1)
  await syncNow()
  const theirs = { ...village(first, 'Thôn Phìn Ngan'), revision: 2 }
  const pushed = await t.call('POST', '/api/sync/push', {
    token,
    json: { deviceId: DEVICE, registrations: [theirs] },
  })
  expect(pushed.body.results[0].status).toBe('accepted')
  const mine = { ...village(first, 'Thôn Tả Pờ Hồ'), revision: 2 }
  await saveRecord(mine, 2)
  await syncNow()
  expect((await getRegistration(first.id))?.syncState).toBe('conflict')
  expect(await db.outbox.get(first.id)).toMatchObject({ revision: 2, heldFor: 'conflict' })
  return { first, theirs, mine }
}

const onServer = async (id: string) => (await t.call('GET', `/api/registrations/${id}`, { token })).body

it('keep mine: sent as the revision after the server’s, and the server takes it', async () => {
  const { first, mine } = await conflicted()
  await keepMine((await getRegistration(first.id))!.record, 2)
  expect(await db.outbox.get(first.id)).toMatchObject({ revision: 3 })
  expect((await db.outbox.get(first.id))?.heldFor).toBeUndefined()
  await syncNow()
  const server = await onServer(first.id)
  expect(server.revision).toBe(3)
  expect(server.registration.participants[0].address.village).toBe(mine.participants[0]?.address.village)
  expect(await db.outbox.count()).toBe(0)
})

it('take the server’s: the phone holds the server’s revision, nothing left to send', async () => {
  const { first, theirs } = await conflicted()
  const server = await onServer(first.id)
  await takeServers(server.registration, server.revision, server.review)
  const local = await getRegistration(first.id)
  expect(local).toMatchObject({ revision: 2, syncState: 'sent', ackedRevision: 2 })
  expect(local?.record.participants[0]?.address.village).toBe(theirs.participants[0]?.address.village)
  expect(local?.record.payment?.receiptNo).toBe(first.payment?.receiptNo)
  expect(await db.outbox.count()).toBe(0)
})

it('drop it only when the id is not this collector’s on the server; the record stays for its receipt', async () => {
  const taken = registration(
    {
      deviceId: OTHER_DEVICE,
      eventId: t.seed.eventId,
      participants: [vsiPerson({ idNumber: freshIdNumber() })],
    },
    'ZZ9',
  )
  await t.call('POST', '/api/sync/push', {
    token: otherToken,
    json: { deviceId: OTHER_DEVICE, registrations: [taken] },
  })
  const mine = registration(
    {
      id: taken.id,
      deviceId: DEVICE,
      eventId: t.seed.eventId,
      participants: [vsiPerson({ idNumber: freshIdNumber() })],
    },
    prefix,
  )
  await saveRecord(mine, 1)
  await syncNow()
  expect((await getRegistration(mine.id))?.syncState).toBe('conflict')
  expect((await t.call('GET', `/api/registrations/${mine.id}`, { token })).status).toBe(404)
  await discardHeld(mine.id)
  expect(await db.outbox.count()).toBe(0)
  expect((await getRegistration(mine.id))?.record.participants[0]?.idNumber).toBe(
    mine.participants[0]?.idNumber,
  )
})
