// Issue #9 §4.4 and §4.5: the live quote never hides an invalid income, and its month lines add up.
import { describe, expect, it } from 'vitest'
import { emptyParticipant } from '../../../../src/app/features/enrol/enrol-form-values.ts'
import { quoteForm, quoteParticipant } from '../../../../src/app/features/enrol/quote-participant.ts'
import { vsiMonthLines } from '../../../../src/app/features/enrol/vsi-month-lines.ts'
import { defaultRules } from '../../../../src/domain/rules/default-rules.ts'

const on = '2026-11-25'
const vsi = (income: string, more: Partial<ReturnType<typeof emptyParticipant>> = {}) => ({
  ...emptyParticipant('1.500.000'),
  vsiOn: true,
  vsiIncome: income,
  vsiMonths: '6',
  ...more,
})

describe('quoteForm with an invalid income', () => {
  for (const [why, income] of [
    ['below the floor', '1.499.999'],
    ['off the 50,000 step', '1.520.000'],
    ['above the ceiling', '50.650.000'],
  ] as const) {
    it(`is invalid, never a smaller total (${why})`, () => {
      const q = quoteForm({ participants: [vsi(income)], alreadyValidRanks: '0' }, defaultRules, on)
      expect(q.invalid).toBe(true)
      expect(q.members[0]?.invalid).toBe(true)
    })
  }
  it('is invalid for the household when one member is, even with HI quoted for another', () => {
    const hi = { ...emptyParticipant('1.500.000'), hiOn: true, hiMonths: '12' }
    const q = quoteForm({ participants: [hi, vsi('1.520.000')], alreadyValidRanks: '0' }, defaultRules, on)
    expect(q.invalid).toBe(true)
    expect(q.members[0]?.payable).toBe(1_366_200)
  })
  it('is valid for V2 (3,000,000 × 6, OTHER → 3,564,000)', () => {
    const q = quoteForm({ participants: [vsi('3.000.000')], alreadyValidRanks: '0' }, defaultRules, on)
    expect(q).toMatchObject({ invalid: false, total: 3_564_000 })
  })
})

describe('vsiMonthLines', () => {
  it('V5: 2 supported months at 264,000 and 4 at 330,000 make 1,848,000', () => {
    const q = quoteParticipant(vsi('1.500.000', { vsiPriorMonths: '118' }), defaultRules, on)
    if (!q.vsi?.ok) throw new Error('V5 should quote')
    const lines = vsiMonthLines(q.vsi.quote, 6)
    expect(lines).toEqual([
      { perMonth: 264_000, months: 2, supported: true },
      { perMonth: 330_000, months: 4, supported: false },
    ])
    expect(lines.reduce((s, l) => s + l.perMonth * l.months, 0)).toBe(q.vsi.quote.payable)
    expect(q.vsi.quote.payable).toBe(1_848_000)
  })
  it('is one line when every month is supported, or none is', () => {
    const all = quoteParticipant(vsi('3.000.000'), defaultRules, on)
    if (!all.vsi?.ok) throw new Error('V2 should quote')
    expect(vsiMonthLines(all.vsi.quote, 6)).toEqual([{ perMonth: 594_000, months: 6, supported: true }])
    const none = quoteParticipant(vsi('1.500.000', { vsiPriorMonths: '120' }), defaultRules, on)
    if (!none.vsi?.ok) throw new Error('should quote')
    expect(vsiMonthLines(none.vsi.quote, 6)).toEqual([{ perMonth: 330_000, months: 6, supported: false }])
  })
})
