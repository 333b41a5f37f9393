import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { expect, it } from 'vitest'
import { GhiDanhDb, type StoredRegistration } from '../../../../src/app/db/schema.ts'
import { db } from '../../../../src/app/db/db.ts'
import { fillCashLines } from '../../../../src/app/db/fill-cash-lines.ts'
import { getSetting } from '../../../../src/app/db/settings.ts'
import { uuid } from '../../sync/fixtures.ts'
import { V5_STORES } from './earlier-schemas.ts'

const sealed = { iv: 'aXY=', data: 'ZGF0YQ==' } as unknown as StoredRegistration['sealed']

/** The device store on v5 with a kept receipt, a voided one, and a row saved before the clear cash columns. */
async function v5Phone(): Promise<void> {
  const v5 = new Dexie('ghidanh')
  v5.version(5).stores(V5_STORES)
  const base = { syncState: 'sent', ackedRevision: 1, savedAt: 1, eventId: 'ev-1', sealed }
  const rows: StoredRegistration[] = [
    {
      ...base,
      id: uuid(1),
      revision: 1,
      receiptNo: 'LC017-000001',
      amount: 1_696_200,
      cash: { vsiVnd: 330_000, hiVnd: 1_366_200, voided: false },
      review: { status: 'rejected', decidedBy: 'super1' },
    } as StoredRegistration,
    {
      ...base,
      id: uuid(2),
      revision: 2,
      receiptNo: 'LC017-000002',
      amount: 1_366_200,
      cash: { vsiVnd: 0, hiVnd: 1_366_200, voided: true },
      voided: { reason: 'x', at: '2026-11-25T10:00:00+07:00' },
    } as StoredRegistration,
    { ...base, id: uuid(3), revision: 1, receiptNo: null, amount: 0 } as StoredRegistration,
  ]
  await v5.table('registrations').bulkPut(rows)
  await v5.table('outbox').put({ id: uuid(3), revision: 1, enqueuedAt: 1, attempts: 0 })
  v5.close()
}

it('a v5 phone opens as v6 untouched, then its rows get their cash lines after opening', async () => {
  await v5Phone()

  expect(await db.cashLines.count()).toBe(0)
  expect(await db.registrations.count()).toBe(3)
  expect(await db.outbox.count()).toBe(1)
  expect(await getSetting('cashLinesComplete')).toBeUndefined()

  await fillCashLines()
  expect(await getSetting('cashLinesComplete')).toBe(true)
  expect(await db.cashLines.orderBy('id').toArray()).toEqual([
    {
      id: uuid(1),
      revision: 1,
      eventId: 'ev-1',
      open: false,
      listed: 1,
      receiptNo: 'LC017-000001',
      amountCollected: 1_696_200,
      vsiVnd: 330_000,
      hiVnd: 1_366_200,
      rejected: true,
    },
    { id: uuid(2), eventId: 'ev-1', open: true, listed: 1, receiptNo: 'LC017-000002' },
    { id: uuid(3), eventId: 'ev-1', open: true, listed: 1, receiptNo: null },
  ])
  // Every line here is listed (owed back, or to be opened): the totals count them and add up nothing.
  expect(await db.cashTotals.toArray()).toEqual([
    { eventId: 'ev-1', lines: 3, receipts: 0, withoutReceipt: 0, handOverVnd: 0, vsiVnd: 0, hiVnd: 0 },
  ])
  await db.registrations.delete(uuid(1))
  expect(await db.cashLines.count()).toBe(2)
  expect((await db.cashTotals.get('ev-1'))?.lines).toBe(2)
  db.close()
  await Dexie.delete('ghidanh')
})

it('a device store created at v6 has nothing to fill', async () => {
  const fresh = new GhiDanhDb('fresh-at-v6')
  expect(await fresh.settings.get('cashLinesComplete')).toEqual({ key: 'cashLinesComplete', value: true })
  fresh.close()
  await Dexie.delete('fresh-at-v6')
})
