import { describe, expect, it } from 'vitest'
import {
  addCashLine,
  cashFiguresOf,
  isListedCashLine,
  NO_CASH_TOTALS,
  summarizeCash,
  summarizeCashLines,
  type CashEntry,
  type CashLine,
} from '../../../src/domain/cash/summarize-cash.ts'
import type { Participant } from '../../../src/domain/registration/registration-schema.ts'
import { sampleParticipant, sampleRegistration } from '../registration/sample-registration.ts'

function entry(
  n: number,
  participants: Participant[],
  amount: number | null,
  more: { revision?: number; voided?: CashEntry['voided'] } = {},
): CashEntry {
  const record = sampleRegistration({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    revision: more.revision ?? 1,
    participants,
    payment:
      amount === null
        ? null
        : { method: 'cash', amountCollected: amount, receiptNo: `LC017-${String(n).padStart(6, '0')}` },
  })
  return more.voided ? { record, voided: more.voided } : { record }
}

const vsiOnly = (vsi: Participant['vsi']) => sampleParticipant({ vsi, hi: undefined })
const hiOnly = (householdOrder: number, amountDue: number) =>
  sampleParticipant({ vsi: undefined, hi: { months: 12, householdOrder, amountDue } })

const v1 = vsiOnly({ monthlyIncome: 1_500_000, months: 12, supportGroup: 'NEAR_POOR', amountDue: 2_376_000 })
const v4 = vsiOnly({ monthlyIncome: 2_000_000, months: 1, supportGroup: 'POOR', amountDue: 275_000 })
const h2 = [hiOnly(1, 1_366_200), hiOnly(2, 956_340), hiOnly(3, 819_720)]
const servicesOnly = sampleParticipant({
  vsi: undefined,
  hi: undefined,
  services: { vssidAssisted: true, cashlessPension: false },
})

describe('summarizeCash', () => {
  const entries: CashEntry[] = [
    entry(10, [sampleParticipant()], 4_930_200), // V2 + H1
    entry(3, [v4], 275_000, { voided: { reason: 'Ghi sai số tiền', at: '2026-11-25T10:05:00+07:00' } }),
    entry(1, [v1], 999_000), // an older revision of receipt 1: ignored
    entry(2, h2, 3_142_260),
    entry(1, [v1], 2_376_000, { revision: 2 }),
    entry(11, [servicesOnly], null),
  ]
  const s = summarizeCash(entries)

  it('lists every receipt written, voided ones included, in issue order', () => {
    expect(s.issued).toEqual({
      count: 4,
      receiptNos: ['LC017-000001', 'LC017-000002', 'LC017-000003', 'LC017-000010'],
    })
    expect(s.withoutReceipt).toBe(1)
  })

  it('lists voided receipts with their reasons and leaves their money out', () => {
    expect(s.voided).toEqual({
      count: 1,
      receiptNos: ['LC017-000003'],
      receipts: [
        {
          receiptNo: 'LC017-000003',
          amountVnd: 275_000,
          reason: 'Ghi sai số tiền',
          at: '2026-11-25T10:05:00+07:00',
        },
      ],
      amountVnd: 275_000,
    })
  })

  it('totals by product and the cash to hand over (V1 + H2 + V2/H1)', () => {
    expect(s.byProduct).toEqual({ vsiVnd: 2_376_000 + 3_564_000, hiVnd: 3_142_260 + 1_366_200 })
    expect(s.handOverVnd).toBe(10_448_460)
    expect(s.byProduct.vsiVnd + s.byProduct.hiVnd).toBe(s.handOverVnd)
  })

  it('is empty for no registrations', () => {
    expect(summarizeCash([])).toEqual({
      issued: { count: 0, receiptNos: [] },
      voided: { count: 0, receiptNos: [], receipts: [], amountVnd: 0 },
      owedBack: { count: 0, receipts: [], amountVnd: 0 },
      withoutReceipt: 0,
      byProduct: { vsiVnd: 0, hiVnd: 0 },
      handOverVnd: 0,
    })
  })
})

describe('summarizeCash with device records', () => {
  it('treats a record with its own void mark as voided', () => {
    const kept = entry(1, [v4], 275_000)
    const cancelled = entry(2, [v4], 275_000)
    cancelled.record.void = { reason: 'Nhầm người', at: '2026-11-25T10:05:00+07:00' }
    const s = summarizeCash([kept, { record: cancelled.record }])
    expect(s.handOverVnd).toBe(275_000)
    expect(s.voided.receipts).toEqual([
      {
        receiptNo: 'LC017-000002',
        amountVnd: 275_000,
        reason: 'Nhầm người',
        at: '2026-11-25T10:05:00+07:00',
      },
    ])
    expect(s.issued.count).toBe(2)
  })
})

describe('summarizeCash after a rejection (issue #9)', () => {
  it('shows a rejected, unvoided receipt as owed back, still in the hand-over as the server counts it', () => {
    const kept = entry(1, [v4], 275_000)
    const rejected = { ...entry(2, [v1], 2_376_000), rejected: true }
    const s = summarizeCash([kept, rejected])
    expect(s.owedBack).toEqual({
      count: 1,
      receipts: [{ id: rejected.record.id, receiptNo: 'LC017-000002', amountVnd: 2_376_000 }],
      amountVnd: 2_376_000,
    })
    expect(s.handOverVnd).toBe(275_000 + 2_376_000)
  })

  it('once voided, it is neither owed back nor handed over', () => {
    const rejected = entry(2, [v1], 2_376_000, { revision: 2 })
    rejected.record.void = { reason: 'Đã trả lại tiền', at: '2026-11-25T16:00:00+07:00' }
    const s = summarizeCash([{ record: rejected.record, rejected: true }])
    expect(s.owedBack.count).toBe(0)
    expect(s.handOverVnd).toBe(0)
    expect(s.voided.amountVnd).toBe(2_376_000)
  })
})

describe('issue order', () => {
  it('sorts by prefix, then sequence, across prefixes of different lengths', () => {
    const line = (receiptNo: string, n: number) => ({
      id: `id-${n}`,
      revision: 1,
      receiptNo,
      amountCollected: 1,
      vsiVnd: 0,
      hiVnd: 1,
    })
    const nos = ['LC017-000010', 'LC0171-000001', 'LC017-000002', 'A-999999', 'LC017-000100', 'B1-000001']
    expect(summarizeCashLines(nos.map(line)).issued.receiptNos).toEqual([
      'A-999999',
      'B1-000001',
      'LC017-000002',
      'LC017-000010',
      'LC017-000100',
      'LC0171-000001',
    ])
  })
})

describe('cash figures from kept totals', () => {
  // A fixed pseudo-random sequence (no clock, no Math.random): the same lines on every run.
  let seed = 20_261_205
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648
  const lines: CashLine[] = Array.from({ length: 400 }, (_, i) => {
    const r = next()
    const vsiVnd = r < 0.5 ? 330_000 * (1 + Math.floor(next() * 12)) : 0
    const hiVnd = r > 0.3 ? 1_366_200 : 0
    const paid = vsiVnd + hiVnd > 0
    return {
      id: `id-${i}`,
      revision: 1,
      receiptNo: paid ? `LC0${17 + (i % 3)}-${String(i + 1).padStart(6, '0')}` : null,
      amountCollected: vsiVnd + hiVnd,
      vsiVnd,
      hiVnd,
      ...(next() < 0.1 ? { void: { reason: 'Ghi nhầm', at: '2026-11-25T10:00:00+07:00' } } : {}),
      ...(next() < 0.1 ? { rejected: true } : {}),
    }
  })

  it('are summarizeCashLines over every line, without the receipt numbers', () => {
    const totals = lines.reduce((t, line) => addCashLine(t, line, 1), NO_CASH_TOTALS)
    const { issued, ...all } = summarizeCashLines(lines)
    expect(cashFiguresOf(totals, lines.filter(isListedCashLine))).toEqual({
      ...all,
      issued: { count: issued.count },
    })
    expect(totals.lines).toBe(400)
    expect(lines.filter(isListedCashLine).length).toBeGreaterThan(40)
  })

  it('take a line back out exactly as it went in', () => {
    const kept = lines.filter((_, i) => i % 7 !== 0)
    const removed = lines.filter((_, i) => i % 7 === 0)
    const added = lines.reduce((t, line) => addCashLine(t, line, 1), NO_CASH_TOTALS)
    const after = removed.reduce((t, line) => addCashLine(t, line, -1), added)
    expect(after).toEqual(kept.reduce((t, line) => addCashLine(t, line, 1), NO_CASH_TOTALS))
    // A line still to be opened counts as a line, and nothing else.
    expect(addCashLine(NO_CASH_TOTALS, undefined, 1)).toEqual({ ...NO_CASH_TOTALS, lines: 1 })
  })
})
