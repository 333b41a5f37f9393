import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { expect, it } from 'vitest'
import { db } from '../../../../src/app/db/db.ts'
import { countWaiting } from '../../../../src/app/sync/use-sync-status.ts'
import { uuid } from '../../sync/fixtures.ts'

/** The device store on v6 with four entries waiting to be sent and two held (a conflict, a rejection). */
async function v6Phone(): Promise<void> {
  const v6 = new Dexie('ghidanh')
  v6.version(6).stores({
    registrations: 'id, syncState, savedAt, [eventId+savedAt], *idTags',
    outbox: 'id, enqueuedAt',
    drafts: 'key',
    settings: 'key',
    events: 'id',
    consultations: 'id, syncState, savedAt',
    insured: 'key, communeCode, [communeCode+staged]',
    cashLines: 'id, eventId, [eventId+listed]',
    cashTotals: 'eventId',
  })
  await v6
    .table('outbox')
    .bulkPut([
      ...[1, 2, 3, 4].map((i) => ({ id: uuid(i), revision: 1, enqueuedAt: i, attempts: 0 })),
      { id: uuid(5), revision: 2, enqueuedAt: 5, attempts: 1, heldFor: 'conflict' },
      { id: uuid(6), revision: 1, enqueuedAt: 6, attempts: 1, heldFor: 'rejected' },
    ])
  v6.close()
}

it('a v6 phone opens as v7 with every outbox entry kept, and the held ones counted from their index', async () => {
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
})
