import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { expect, it } from 'vitest'
import { db } from '../../../../src/app/db/db.ts'
import { hasFollowUpsDue } from '../../../../src/app/db/follow-ups-due.ts'
import { countWaiting } from '../../../../src/app/sync/use-sync-status.ts'
import { uuid } from '../../sync/fixtures.ts'
import { V6_STORES } from './earlier-schemas.ts'

/**
 * The device store on v6 with four entries waiting to be sent and two held (a conflict, a rejection), and
 * three consultations: a follow-up due, one dealt with, and none promised.
 */
async function v6Phone(): Promise<void> {
  const v6 = new Dexie('ghidanh')
  v6.version(6).stores(V6_STORES)
  await v6
    .table('outbox')
    .bulkPut([
      ...[1, 2, 3, 4].map((i) => ({ id: uuid(i), revision: 1, enqueuedAt: i, attempts: 0 })),
      { id: uuid(5), revision: 2, enqueuedAt: 5, attempts: 1, heldFor: 'conflict' },
      { id: uuid(6), revision: 1, enqueuedAt: 6, attempts: 1, heldFor: 'rejected' },
    ])
  await v6.table('consultations').bulkPut([
    { id: uuid(7), eventId: 'ev-1', savedAt: 1, syncState: 'sent', sealed, followUpOn: '2026-12-01' },
    {
      id: uuid(8),
      eventId: 'ev-1',
      savedAt: 2,
      syncState: 'sent',
      sealed,
      followUpOn: '2026-11-20',
      followUpDone: true,
    },
    { id: uuid(9), eventId: 'ev-1', savedAt: 3, syncState: 'waiting', sealed },
  ])
  v6.close()
}

const sealed = { iv: 'aXY=', data: 'ZGF0YQ==' }

it('a v6 phone opens as v7 with every entry kept, the held ones and the follow-ups found from their indexes', async () => {
  await v6Phone()

  expect(await db.outbox.count()).toBe(6)
  expect(db.verno).toBe(7)
  expect(await countWaiting()).toBe(4)
  expect((await db.outbox.orderBy('heldFor').primaryKeys()).sort()).toEqual([uuid(5), uuid(6)])

  // A newer revision replaces a held entry: it waits to be sent again.
  await db.outbox.put({ id: uuid(5), revision: 3, enqueuedAt: 7, attempts: 0 })
  expect(await countWaiting()).toBe(5)
  await db.outbox.delete(uuid(1))
  expect(await countWaiting()).toBe(4)

  // The consultations' follow-up days, from their index: only the one promised and not dealt with is due.
  expect(await db.consultations.count()).toBe(3)
  expect(await db.consultations.where('followUpOn').belowOrEqual('2026-12-31').primaryKeys()).toEqual([
    uuid(8),
    uuid(7),
  ])
  expect(await hasFollowUpsDue('2026-11-30')).toBe(false)
  expect(await hasFollowUpsDue('2026-12-01')).toBe(true)
})
