import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { afterEach, expect, it } from 'vitest'
import { GhiDanhDb, type StoredRegistration } from '../../../../src/app/db/schema.ts'
import { uuid } from '../../sync/fixtures.ts'

const names: string[] = []
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

const sealed = { iv: 'aXY=', data: 'ZGF0YQ==' } as unknown as StoredRegistration['sealed']

/** A phone on v5 with a kept receipt, a voided one, and a row saved before the clear cash columns. */
async function v5Phone(name: string): Promise<void> {
  const v5 = new Dexie(name)
  v5.version(5).stores({
    registrations: 'id, syncState, savedAt, [eventId+savedAt], *idTags',
    outbox: 'id, enqueuedAt',
    drafts: 'key',
    settings: 'key',
    events: 'id',
    consultations: 'id, syncState, savedAt',
    insured: 'key, communeCode, [communeCode+staged]',
  })
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
  v5.close()
}

it('a v5 phone opens as v6 with a cash line for every row already on it, and keeps them after', async () => {
  const name = 'upgrade-v5-cash-lines'
  names.push(name)
  await v5Phone(name)

  const v6 = new GhiDanhDb(name)
  expect(await v6.cashLines.orderBy('id').toArray()).toEqual([
    {
      id: uuid(1),
      eventId: 'ev-1',
      open: false,
      revision: 1,
      receiptNo: 'LC017-000001',
      amountCollected: 1_696_200,
      vsiVnd: 330_000,
      hiVnd: 1_366_200,
      rejected: true,
    },
    { id: uuid(2), eventId: 'ev-1', open: true },
    { id: uuid(3), eventId: 'ev-1', open: true },
  ])
  expect(await v6.registrations.count()).toBe(3)
  await v6.registrations.delete(uuid(1))
  expect(await v6.cashLines.count()).toBe(2)
  v6.close()
})
