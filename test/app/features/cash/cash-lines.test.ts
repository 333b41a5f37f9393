import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import type { Registration } from '../../../../src/domain/index.ts'
import { summarizeCash, summarizeCashLines } from '../../../../src/domain/cash/summarize-cash.ts'
import { lockNow } from '../../../../src/app/db/data-key.ts'
import { db } from '../../../../src/app/db/db.ts'
import { listRegistrations } from '../../../../src/app/db/registrations-repo.ts'
import { saveRegistration } from '../../../../src/app/db/save-registration.ts'
import { storedCashLineOf } from '../../../../src/app/db/cash-lines.ts'
import { retireApproved } from '../../../../src/app/db/retire-approved.ts'
import { fillCashLines } from '../../../../src/app/db/fill-cash-lines.ts'
import { getSetting } from '../../../../src/app/db/settings.ts'
import { cashLinesOf, eventCashLines } from '../../../../src/app/features/cash/event-registrations.ts'
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

/** The cash lines table beside what it must hold: one line per registration row, worked out from the row. */
async function linesAndRows() {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)
  const rows = await db.registrations.toArray()
  return {
    lines: (await db.cashLines.toArray()).sort(byId),
    expected: rows.map(storedCashLineOf).sort(byId),
  }
}

describe('the cash lines table', () => {
  it('follows every write to the registrations, whatever the path, and rolls back with them', async () => {
    await saveRegistration(registration(1, { hi: 1_366_200 }))
    await saveRegistration(registration(2, { vsi: 330_000 }))
    await saveRegistration(registration(3, {}))
    let { lines, expected } = await linesAndRows()
    expect(lines).toHaveLength(3)
    expect(lines).toEqual(expected)
    expect(lines[1]).toMatchObject({ open: false, amountCollected: 330_000, vsiVnd: 330_000, hiVnd: 0 })

    // A voided receipt is opened; a review pulled from the server marks it rejected (modify, update).
    await saveRegistration({
      ...registration(2, { vsi: 330_000 }),
      revision: 2,
      void: { reason: 'Ghi nhầm', at: '2026-11-25T10:00:00+07:00' },
    })
    await db.registrations.update(uuid(1), { review: { status: 'rejected', decidedBy: 'super1' } })
    ;({ lines, expected } = await linesAndRows())
    expect(lines).toEqual(expected)
    expect(lines[0]).toMatchObject({ open: false, rejected: true })
    expect(lines[1]).toEqual({ id: uuid(2), eventId: 'ev-1', open: true })

    // A transaction that fails takes its cash lines with it.
    await expect(
      db.transaction('rw', db.registrations, async () => {
        await db.registrations.delete(uuid(3))
        throw new Error('power cut')
      }),
    ).rejects.toThrow('power cut')
    ;({ lines, expected } = await linesAndRows())
    expect(lines).toHaveLength(3)

    // Retirement of an old approved row, then sign-out's clear.
    await db.registrations.update(uuid(3), {
      review: { status: 'approved', decidedBy: 'super1' },
      syncState: 'sent',
      ackedRevision: 1,
      savedAt: 0,
    })
    await db.outbox.delete(uuid(3))
    expect(await retireApproved(Date.UTC(2026, 11, 1), 30)).toBe(1)
    ;({ lines, expected } = await linesAndRows())
    expect(lines.map((l) => l.id)).toEqual([uuid(1), uuid(2)])
    expect(lines).toEqual(expected)
    await db.registrations.clear()
    expect(await db.cashLines.count()).toBe(0)
  })

  it('give the cash screen of an event the same lines as reading every row', async () => {
    await saveRegistration(registration(1, { hi: 1_366_200 }))
    await saveRegistration(registration(2, { vsi: 330_000, hi: 1_366_200 }))
    await saveRegistration({
      ...registration(2, { vsi: 330_000, hi: 1_366_200 }),
      revision: 2,
      void: { reason: 'Ghi nhầm', at: '2026-11-25T10:00:00+07:00' },
    })
    await saveRegistration({ ...registration(4, { hi: 900_000 }), eventId: 'ev-2' })
    const fromRows = summarizeCashLines(
      await cashLinesOf((await db.registrations.toArray()).filter((r) => r.eventId === 'ev-1')),
    )
    const fromTable = summarizeCashLines(await eventCashLines('ev-1'))
    expect(fromTable).toEqual(fromRows)
    expect(fromTable.handOverVnd).toBe(1_366_200)
    expect(fromTable.voided.amountVnd).toBe(1_696_200)
  })

  it('read the rows until every row has its line, and again, filling anew, when found out of step', async () => {
    await saveRegistration(registration(1, { hi: 1_366_200 }))
    await saveRegistration(registration(2, { vsi: 330_000 }))
    const truth = summarizeCashLines(await cashLinesOf(await db.registrations.toArray()))
    // Rows from before v6: no lines, not complete. The screen reads the rows and starts the fill.
    await db.cashLines.clear()
    expect(summarizeCashLines(await eventCashLines('ev-1'))).toEqual(truth)
    await fillCashLines()
    expect(await getSetting('cashLinesComplete')).toBe(true)
    expect(summarizeCashLines(await eventCashLines('ev-1'))).toEqual(truth)

    // Code without the middleware (a build rolled back past v6) added a row and left a line of a row gone.
    await db.cashLines.delete(uuid(2))
    await db.cashLines.put({ id: uuid(9), eventId: 'ev-1', open: true })
    await db.cashLines.put({ id: uuid(8), eventId: 'ev-1', open: true })
    expect(summarizeCashLines(await eventCashLines('ev-1'))).toEqual(truth)
    // The refill runs in the background; the bound is only how long to wait before failing.
    await expect
      .poll(async () => linesAndRows(), { timeout: 30_000 })
      .toSatisfy(
        ({ lines, expected }: Awaited<ReturnType<typeof linesAndRows>>) =>
          lines.length === 2 && JSON.stringify(lines) === JSON.stringify(expected),
      )
    expect(await getSetting('cashLinesComplete')).toBe(true)
  })
})
