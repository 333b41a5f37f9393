import { describe, expect, it } from 'vitest'
import { compareHandover } from '../../../src/domain/cash/compare-handover.ts'
import type { Handover } from '../../../src/domain/api/cash.ts'

const received = {
  staffId: 's1',
  displayName: 'Cán bộ Một',
  computedVnd: 3_142_260,
  receiptNos: ['LC001-000001', 'LC001-000002'],
  voidedReceipts: 1,
}
const handover = (declaredVnd: number): Handover => ({
  id: 'h1',
  eventId: 'e',
  staffId: 's1',
  declaredVnd,
  receiptCount: 2,
  declaredAt: '2026-11-25T10:00:00.000Z',
})

describe('compareHandover', () => {
  it('agrees when declared equals received', () => {
    expect(compareHandover(received, handover(3_142_260), ['LC001-000001'])).toMatchObject({
      differenceVnd: 0,
      flagged: false,
      missingReceiptNos: [],
      receivedReceipts: 2,
    })
  })

  it('flags a shortfall and receipts the server has not received', () => {
    expect(compareHandover(received, handover(3_000_000))).toMatchObject({
      differenceVnd: -142_260,
      flagged: true,
    })
    expect(compareHandover(received, handover(3_142_260), ['LC001-000003'])).toMatchObject({
      flagged: true,
      missingReceiptNos: ['LC001-000003'],
    })
  })

  it('compares the supervisor count once confirmed', () => {
    expect(compareHandover(received, { ...handover(3_142_260), confirmedVnd: 3_100_000 })).toMatchObject({
      differenceVnd: -42_260,
      flagged: true,
    })
  })

  it('has no difference before anything is declared', () => {
    expect(compareHandover(received, null)).toMatchObject({ differenceVnd: null, flagged: false })
  })
})
