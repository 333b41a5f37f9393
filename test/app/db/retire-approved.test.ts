import 'fake-indexeddb/auto'
import { beforeEach, expect, it } from 'vitest'
import { db } from '../../../src/app/db/db.ts'
import { retireAdvised, retireApproved } from '../../../src/app/db/retire-approved.ts'
import type { StoredConsultation, StoredRegistration } from '../../../src/app/db/schema.ts'

const DAY = 86_400_000
const NOW = Date.parse('2026-12-05T10:00:00+07:00')

function row(id: string, ageDays: number, over: Partial<StoredRegistration> = {}): StoredRegistration {
  return {
    id,
    revision: 2,
    ackedRevision: 2,
    syncState: 'sent',
    savedAt: NOW - ageDays * DAY,
    eventId: 'ev-1',
    receiptNo: `LC017-00000${id}`,
    amount: 1_366_200,
    review: { status: 'approved' },
    sealed: { iv: new Uint8Array(12), data: new Uint8Array(16) } as never,
    ...over,
  }
}

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()))
})

it('retires approved, acknowledged registrations older than the setting, and nothing else', async () => {
  await db.registrations.bulkPut([
    row('1', 200),
    row('2', 100),
    row('3', 200, { review: { status: 'returned' } }),
    row('4', 200, { review: { status: 'pending' } }),
    row('6', 200, { ackedRevision: 1 }),
    row('7', 200, { syncState: 'waiting' }),
    row('8', 200, { review: { status: 'rejected' } }),
    row('9', 200, { syncState: 'conflict' }),
  ])
  const { review: _none, ...neverReviewed } = row('5', 200)
  await db.registrations.put(neverReviewed)
  // Approved and acknowledged, but a newer revision is held in the outbox (a conflict): it stays.
  await db.registrations.put(row('10', 200))
  await db.outbox.put({ id: '10', revision: 3, enqueuedAt: 0, attempts: 1, heldFor: 'conflict' })

  expect(await retireApproved(NOW, 180)).toBe(1)
  expect((await db.registrations.toCollection().primaryKeys()).sort()).toEqual(
    ['10', '2', '3', '4', '5', '6', '7', '8', '9'].sort(),
  )
})

it('keeps everything when the setting is 0 (for ever) or not a number', async () => {
  await db.registrations.bulkPut([row('1', 2_000), row('2', 400)])
  expect(await retireApproved(NOW, 0)).toBe(0)
  expect(await retireApproved(NOW, Number.NaN)).toBe(0)
  expect(await db.registrations.count()).toBe(2)
  expect(await retireApproved(NOW, 365)).toBe(2)
})

function advised(id: string, ageDays: number, over: Partial<StoredConsultation> = {}): StoredConsultation {
  return {
    id,
    eventId: 'ev-1',
    savedAt: NOW - ageDays * DAY,
    syncState: 'sent',
    sealed: { iv: new Uint8Array(12), data: new Uint8Array(16) } as never,
    ...over,
  }
}

it('retires people advised long ago whom the server has, unless a follow-up is still open', async () => {
  await db.consultations.bulkPut([
    advised('a', 200),
    advised('b', 100),
    advised('c', 200, { syncState: 'waiting' }),
    advised('d', 200, { syncState: 'rejected' }),
    // A visit promised and not yet made stays, however old: it is on the home screen.
    advised('e', 200, { followUpOn: '2026-06-01' }),
    // Dealt with since v7 (the day removed) and before it (the day kept, marked done): both go.
    advised('f', 200, { followUpDone: true }),
    advised('g', 200, { followUpOn: '2026-06-01', followUpDone: true }),
  ])
  expect(await retireAdvised(NOW, 180)).toBe(3)
  expect((await db.consultations.toCollection().primaryKeys()).sort()).toEqual(['b', 'c', 'd', 'e'])
  // The setting's "always" keeps them all.
  await db.consultations.put(advised('h', 2_000))
  expect(await retireAdvised(NOW, 0)).toBe(0)
  expect(await db.consultations.count()).toBe(5)
})
