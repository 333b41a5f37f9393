import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { afterEach, expect, it } from 'vitest'
import { GhiDanhDb } from '../../../../src/app/db/schema.ts'
import { holdV1Draft, holdV1Registration } from '../../../../src/app/db/upgrades/hold-v1-plaintext.ts'
import { makeRecord, uuid } from '../../sync/fixtures.ts'

const v1Row = {
  id: uuid(1),
  revision: 2,
  record: {
    ...makeRecord(uuid(1), 2),
    payment: { method: 'cash', amountCollected: 693_000, receiptNo: 'LC017-000004' },
  },
  syncState: 'sent',
  ackedRevision: 2,
  review: { status: 'returned', comment: 'Sai năm sinh của bà An', decidedBy: 'super1' },
  errors: [{ path: 'participants.0.idNumber', code: 'invalid_id_number', message: 'Sai' }],
  savedAt: 1_700_000_000_000,
}

it('moves a v1 registration into the held state with its clear columns filled', () => {
  const held = holdV1Registration(v1Row)
  expect(held).toEqual({
    id: uuid(1),
    revision: 2,
    syncState: 'sent',
    ackedRevision: 2,
    savedAt: 1_700_000_000_000,
    eventId: 'demo-event',
    receiptNo: 'LC017-000004',
    amount: 693_000,
    review: { status: 'returned', decidedBy: 'super1' },
    errors: v1Row.errors,
    held: { record: v1Row.record, review: v1Row.review },
  })
})

it('handles a v1 row with no payment, no review and no ack', () => {
  const { review: _r, errors: _e, ackedRevision: _a, ...bare } = v1Row
  const held = holdV1Registration({ ...bare, record: makeRecord(uuid(2), 1), id: uuid(2), revision: 1 })
  expect(held).toMatchObject({ receiptNo: null, amount: 0, ackedRevision: 0 })
  expect(held.review).toBeUndefined()
  expect(held.held?.review).toBeUndefined()
})

it('leaves a row already in the v2 shape alone (an upgrade retried)', () => {
  const once = holdV1Registration(v1Row)
  expect(holdV1Registration(once as unknown as Record<string, unknown>)).toBe(once)
  const draft = holdV1Draft({ key: 'enrol', values: { fullName: 'Mai' }, savedAt: 3 })
  expect(draft).toEqual({ key: 'enrol', held: { fullName: 'Mai' }, savedAt: 3 })
  expect(holdV1Draft(draft as unknown as Record<string, unknown>)).toBe(draft)
})

const names: string[] = []
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

it('a real v1 database opens as v2 with every row held, nothing lost', async () => {
  const name = 'upgrade-v1-test'
  names.push(name)
  const v1 = new Dexie(name)
  v1.version(1).stores({
    registrations: 'id, syncState, savedAt, [record.eventId+savedAt]',
    outbox: 'id, enqueuedAt',
    drafts: 'key',
    settings: 'key',
    events: 'id',
  })
  await v1.table('registrations').put(v1Row)
  await v1.table('drafts').put({ key: 'enrol', values: { fullName: 'Mai' }, savedAt: 3 })
  await v1.table('outbox').put({ id: uuid(1), revision: 2, enqueuedAt: 1, attempts: 0 })
  v1.close()

  const v2 = new GhiDanhDb(name)
  const row = await v2.registrations.get(uuid(1))
  expect(row).toEqual(holdV1Registration(v1Row))
  expect(
    await v2.registrations
      .where('[eventId+savedAt]')
      .between(['demo-event', 0], ['demo-event', Infinity])
      .count(),
  ).toBe(1)
  expect(await v2.drafts.get('enrol')).toEqual({ key: 'enrol', held: { fullName: 'Mai' }, savedAt: 3 })
  expect(await v2.outbox.count()).toBe(1)
  // The upgrades after v2 run too, and move nothing: the cash lines are filled after opening.
  expect(await v2.cashLines.count()).toBe(0)
  v2.close()
})
