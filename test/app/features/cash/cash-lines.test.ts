import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Registration } from '../../../../src/domain/index.ts'
import {
  cashFiguresOf,
  NO_CASH_TOTALS,
  summarizeCash,
  summarizeCashLines,
} from '../../../../src/domain/cash/summarize-cash.ts'
import { lockNow } from '../../../../src/app/db/data-key.ts'
import { db } from '../../../../src/app/db/db.ts'
import { listRegistrations } from '../../../../src/app/db/registrations-repo.ts'
import { saveRegistration } from '../../../../src/app/db/save-registration.ts'
import { movedTotals, storedCashLineOf } from '../../../../src/app/db/cash-lines.ts'
import { retireApproved } from '../../../../src/app/db/retire-approved.ts'
import { fillCashLines } from '../../../../src/app/db/fill-cash-lines.ts'
import { getSetting } from '../../../../src/app/db/settings.ts'
import {
  cashLinesOf,
  eventCashFigures,
  eventReceiptNos,
} from '../../../../src/app/features/cash/event-registrations.ts'
import type { StoredRegistration } from '../../../../src/app/db/schema.ts'
import { freshUnlockedPhone, TEST_DEVICE } from '../../db/test-data-key.ts'

const DEVICE = TEST_DEVICE
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

function registration(n: number, amounts: { vsi?: number; hi?: number }): Registration {
  const total = (amounts.vsi ?? 0) + (amounts.hi ?? 0)
  return {
    id: uuid(n),
    revision: 1,
    deviceId: DEVICE,
    eventId: 'ev-1',
    collectedAt: '2026-11-25T09:00:00+07:00',
    participants: [
      {
        fullName: 'Giàng A Páo',
        idNumber: '010090001234',
        dateOfBirth: '1990',
        sex: 'male',
        ethnicityCode: '08',
        address: { provinceCode: '15', commune: 'Xã Y Tý' },
        consent: true,
        ...(amounts.vsi
          ? { vsi: { monthlyIncome: 1_500_000, months: 1, supportGroup: 'OTHER', amountDue: amounts.vsi } }
          : {}),
        ...(amounts.hi ? { hi: { months: 12, householdOrder: 1, amountDue: amounts.hi } } : {}),
        services: { vssidAssisted: true, cashlessPension: false },
      },
    ],
    payment: total > 0 ? { method: 'cash', amountCollected: total, receiptNo: 'X-000000' } : null,
  } as Registration
}

beforeEach(freshUnlockedPhone)

describe('the cash screen’s lines', () => {
  it('add up kept receipts from clear columns, with the phone locked, to what the sealed records say', async () => {
    await saveRegistration(registration(1, { hi: 1_366_200 }))
    await saveRegistration(registration(2, { vsi: 330_000, hi: 1_366_200 }))
    await saveRegistration(registration(3, {}))
    const fromRecords = summarizeCash((await listRegistrations()).map((r) => ({ record: r.record })))

    lockNow()
    const lines = await cashLinesOf(await db.registrations.toArray())
    const fromColumns = summarizeCashLines(lines)
    expect(fromColumns).toEqual(fromRecords)
    expect(fromColumns.handOverVnd).toBe(3_062_400)
    expect(fromColumns.byProduct).toEqual({ vsiVnd: 330_000, hiVnd: 2_732_400 })
    expect(fromColumns.withoutReceipt).toBe(1)
  })

  it('open a voided receipt (its reason is sealed) and rows saved before the columns existed', async () => {
    await saveRegistration(registration(1, { hi: 1_366_200 }))
    await saveRegistration(registration(2, { hi: 1_366_200 }))
    const voided = {
      ...registration(2, { hi: 1_366_200 }),
      revision: 2,
      void: { reason: 'Ghi nhầm', at: '2026-11-25T10:00:00+07:00' },
    }
    await saveRegistration(voided)
    // A row written by a version before the cash columns: no `cash`.
    const { cash: _cash, ...older } = (await db.registrations.get(uuid(1)))!
    await db.registrations.put(older)

    const summary = summarizeCashLines(await cashLinesOf(await db.registrations.toArray()))
    expect(summary.handOverVnd).toBe(1_366_200)
    expect(summary.voided.receipts).toEqual([
      {
        receiptNo: 'LC017-000002',
        amountVnd: 1_366_200,
        reason: 'Ghi nhầm',
        at: '2026-11-25T10:00:00+07:00',
      },
    ])
    expect(summary.byProduct.hiVnd).toBe(1_366_200)
  })
})

/**
 * The cash tables beside what they must hold: one line per registration row, worked out from the row, and
 * per event the totals of those lines (an event whose lines all went may keep a row of zeros).
 */
async function cashTablesAndRows() {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)
  const byEvent = (a: { eventId: string }, b: { eventId: string }) => a.eventId.localeCompare(b.eventId)
  const expected = (await db.registrations.toArray()).map(storedCashLineOf).sort(byId)
  return {
    lines: (await db.cashLines.toArray()).sort(byId),
    expected,
    totals: (await db.cashTotals.toArray())
      .filter(
        (t) => JSON.stringify({ ...t, eventId: '' }) !== JSON.stringify({ ...NO_CASH_TOTALS, eventId: '' }),
      )
      .sort(byEvent),
    expectedTotals: movedTotals(
      new Map(),
      expected.map((l) => [l, 1] as const),
    ).sort(byEvent),
  }
}

async function expectTablesInStep(count: number) {
  const { lines, expected, totals, expectedTotals } = await cashTablesAndRows()
  expect(lines).toHaveLength(count)
  expect(lines).toEqual(expected)
  expect(totals).toEqual(expectedTotals)
  return lines
}

/** The cash figures of an event worked out from every row of it: what the screen must show. */
async function figuresFromRows(eventId: string) {
  const rows = (await db.registrations.toArray()).filter((r) => r.eventId === eventId)
  return cashFiguresOf(NO_CASH_TOTALS, await cashLinesOf(rows))
}

describe('the cash tables', () => {
  it('follow every write to the registrations, whatever the path, and roll back with them', async () => {
    await saveRegistration(registration(1, { hi: 1_366_200 }))
    await saveRegistration(registration(2, { vsi: 330_000 }))
    await saveRegistration(registration(3, {}))
    let lines = await expectTablesInStep(3)
    expect(lines[1]).toMatchObject({ open: false, listed: 0, amountCollected: 330_000, vsiVnd: 330_000 })
    expect(await db.cashTotals.get('ev-1')).toEqual({
      eventId: 'ev-1',
      lines: 3,
      receipts: 2,
      withoutReceipt: 1,
      handOverVnd: 1_696_200,
      vsiVnd: 330_000,
      hiVnd: 1_366_200,
    })

    // A voided receipt is opened; a review pulled from the server marks it rejected (modify, update).
    await saveRegistration({
      ...registration(2, { vsi: 330_000 }),
      revision: 2,
      void: { reason: 'Ghi nhầm', at: '2026-11-25T10:00:00+07:00' },
    })
    await db.registrations.update(uuid(1), { review: { status: 'rejected', decidedBy: 'super1' } })
    lines = await expectTablesInStep(3)
    expect(lines[0]).toMatchObject({ open: false, listed: 1, rejected: true })
    expect(lines[1]).toEqual({
      id: uuid(2),
      eventId: 'ev-1',
      open: true,
      listed: 1,
      receiptNo: 'LC017-000002',
    })

    // A registration moved to another event takes its figures with it.
    await saveRegistration({ ...registration(3, {}), revision: 2, eventId: 'ev-2' })
    await expectTablesInStep(3)

    // A transaction that fails takes its cash lines and totals with it.
    await expect(
      db.transaction('rw', db.registrations, async () => {
        await db.registrations.delete(uuid(1))
        throw new Error('power cut')
      }),
    ).rejects.toThrow('power cut')
    await expectTablesInStep(3)

    // Retirement of an old approved row, then sign-out's clear.
    await db.registrations.update(uuid(3), {
      review: { status: 'approved', decidedBy: 'super1' },
      syncState: 'sent',
      ackedRevision: 2,
      savedAt: 0,
    })
    await db.outbox.delete(uuid(3))
    expect(await retireApproved(Date.UTC(2026, 11, 1), 30)).toBe(1)
    lines = await expectTablesInStep(2)
    expect(lines.map((l) => l.id)).toEqual([uuid(1), uuid(2)])
    await db.registrations.clear()
    await expectTablesInStep(0)
  })

  it('keep their totals through writes that repeat an id or race inside one transaction', async () => {
    await saveRegistration(registration(1, { hi: 1_000_000 }))
    await saveRegistration(registration(2, { hi: 2_000_000 }))
    const [one, two] = (await db.registrations.bulkGet([uuid(1), uuid(2)])) as StoredRegistration[]
    const amount = (row: StoredRegistration, vnd: number): StoredRegistration => ({
      ...row,
      amount: vnd,
      cash: { vsiVnd: 0, hiVnd: vnd, voided: false },
    })
    // Two values of one id in one bulkPut: the last one is what IndexedDB keeps.
    await db.registrations.bulkPut([amount(one!, 1_500_000), amount(one!, 3_000_000)])
    await expectTablesInStep(2)
    // Two puts in flight at once in one transaction, and a bulkDelete naming one id twice.
    await db.transaction('rw', db.registrations, () =>
      Promise.all([db.registrations.put(amount(one!, 700_000)), db.registrations.put(amount(two!, 900_000))]),
    )
    await expectTablesInStep(2)
    expect((await db.cashTotals.get('ev-1'))?.handOverVnd).toBe(1_600_000)
    await db.registrations.bulkDelete([uuid(2), uuid(2)])
    await expectTablesInStep(1)
    // A held v1 row whose record had no event: a line, under no event's totals.
    const { eventId: _e, ...noEvent } = amount(two!, 5)
    await db.registrations.put(noEvent as StoredRegistration)
    expect(await db.cashLines.count()).toBe(2)
    expect((await db.cashTotals.get('ev-1'))?.lines).toBe(1)
  })

  it('give the cash screen of an event the same figures, and receipt numbers, as reading every row', async () => {
    await fillCashLines()
    await saveRegistration(registration(1, { hi: 1_366_200 }))
    await saveRegistration(registration(2, { vsi: 330_000, hi: 1_366_200 }))
    await saveRegistration({
      ...registration(2, { vsi: 330_000, hi: 1_366_200 }),
      revision: 2,
      void: { reason: 'Ghi nhầm', at: '2026-11-25T10:00:00+07:00' },
    })
    await saveRegistration(registration(3, { hi: 956_340 }))
    await db.registrations.update(uuid(3), { review: { status: 'rejected', decidedBy: 'super1' } })
    await saveRegistration({ ...registration(4, { hi: 900_000 }), eventId: 'ev-2' })
    const figures = await eventCashFigures('ev-1')
    expect(figures).toEqual(await figuresFromRows('ev-1'))
    expect(figures.handOverVnd).toBe(1_366_200 + 956_340)
    expect(figures.voided.amountVnd).toBe(1_696_200)
    expect(figures.owedBack.receipts).toEqual([
      { id: uuid(3), receiptNo: 'LC017-000003', amountVnd: 956_340 },
    ])
    expect(await eventReceiptNos('ev-1')).toEqual(['LC017-000001', 'LC017-000002', 'LC017-000003'])
  })

  it('are read past until filled, and filled anew when found out of step with the rows', async () => {
    await saveRegistration(registration(1, { hi: 1_366_200 }))
    await saveRegistration(registration(2, { vsi: 330_000 }))
    const truth = await figuresFromRows('ev-1')
    // Rows from before v6: no lines, no totals, not complete. The screen reads the rows and starts the fill.
    await db.cashLines.clear()
    await db.cashTotals.clear()
    expect(await eventCashFigures('ev-1')).toEqual(truth)
    await fillCashLines()
    expect(await getSetting('cashLinesComplete')).toBe(true)
    await expectTablesInStep(2)
    expect(await eventCashFigures('ev-1')).toEqual(truth)

    // Code without the middleware (a build rolled back past v6) removes one row and adds two.
    const old = new Dexie('ghidanh')
    await old.open()
    const [one] = await old.table<StoredRegistration>('registrations').bulkGet([uuid(1)])
    await old.table('registrations').delete(uuid(2))
    await old.table('registrations').bulkPut([
      { ...one, id: uuid(8) },
      { ...one, id: uuid(9) },
    ])
    old.close()
    const now = await figuresFromRows('ev-1')
    expect(now.handOverVnd).toBe(3 * 1_366_200)
    // Drawn at once from the totals, which that build left behind (the screen shows this only until the
    // count below answers); checked against the rows, the figures are right.
    const quick = await eventCashFigures('ev-1', { countRows: false })
    expect(quick.handOverVnd).toBe(1_366_200 + 330_000)
    expect(await eventCashFigures('ev-1')).toEqual(now)
    // The refill runs in the background; the bound is only how long to wait before failing.
    await expect
      .poll(async () => (await cashTablesAndRows()).totals, { timeout: 30_000 })
      .toEqual((await cashTablesAndRows()).expectedTotals)
    await expectTablesInStep(3)
    expect(await getSetting('cashLinesComplete')).toBe(true)
    expect(await eventCashFigures('ev-1')).toEqual(now)
  })
})
