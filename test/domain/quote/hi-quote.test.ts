import { describe, expect, it } from 'vitest'
import { quoteHi } from '../../../src/domain/quote/hi-quote.ts'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'

const ON = '2026-11-25'

function amount(householdOrder: number, months: number, on = ON): number {
  const r = quoteHi({ months, householdOrder }, defaultRules, on)
  if (!r.ok) throw new Error(r.issue.message)
  return r.quote.amount
}

describe('quoteHi ladder (domain.md §3.1 at 2,530,000)', () => {
  it.each([
    [1, 113_850, 341_550, 683_100, 1_366_200],
    [2, 79_695, 239_085, 478_170, 956_340],
    [3, 68_310, 204_930, 409_860, 819_720],
    [4, 56_925, 170_775, 341_550, 683_100],
    [5, 45_540, 136_620, 273_240, 546_480],
    [9, 45_540, 136_620, 273_240, 546_480],
  ])('rank %i', (rank, perMonth, m3, m6, m12) => {
    const r = quoteHi({ months: 3, householdOrder: rank }, defaultRules, ON)
    expect(r.ok && r.quote.perMonth).toBe(perMonth)
    expect(amount(rank, 3)).toBe(m3)
    expect(amount(rank, 6)).toBe(m6)
    expect(amount(rank, 12)).toBe(m12)
  })

  it('H7: one person paid 2026-06-15 at base 2,340,000', () => {
    expect(amount(1, 12, '2026-06-15')).toBe(1_263_600)
  })

  it('rejects monthly payment and rank 0', () => {
    expect(quoteHi({ months: 1, householdOrder: 1 }, defaultRules, ON).ok).toBe(false)
    expect(quoteHi({ months: 12, householdOrder: 0 }, defaultRules, ON).ok).toBe(false)
  })
})
