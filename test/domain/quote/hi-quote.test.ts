import { describe, expect, it } from 'vitest'
import { quoteHi } from '../../../src/domain/quote/hi-quote.ts'
import { householdRanks, type RankedMember } from '../../../src/domain/quote/household-ranks.ts'
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

// The household's total as the form and checkRegistration compute it: ranks from householdRanks, each
// member's amount from quoteHi at that rank.
function householdTotal(members: readonly RankedMember[], months: number, alreadyValid = 0): number {
  return householdRanks(members, alreadyValid).reduce<number>(
    (sum, rank) => (rank === undefined ? sum : sum + amount(rank, months)),
    0,
  )
}
const paying = (n: number): RankedMember[] =>
  Array.from({ length: n }, () => ({ inHi: true, excluded: false }))

describe('household totals, worked examples (domain.md §3.6)', () => {
  it('H1: 1 person, 12 months', () => expect(householdTotal(paying(1), 12)).toBe(1_366_200))
  it('H2: 3 persons, 12 months', () => expect(householdTotal(paying(3), 12)).toBe(3_142_260))
  it('H3: 6 persons, 12 months', () => expect(householdTotal(paying(6), 12)).toBe(4_918_320))
  it('H4: 6 persons, 6 months', () => expect(householdTotal(paying(6), 6)).toBe(2_459_160))
  it('H5: 6 listed, child under 6 and pensioner skipped', () => {
    const members = paying(6).map((m, i) => (i === 1 || i === 3 ? { ...m, excluded: true } : m))
    expect(householdTotal(members, 12)).toBe(3_825_360)
  })
  it('H6: 2 newcomers after 1 member with a valid card take ranks 2 and 3', () => {
    expect(householdTotal(paying(2), 12, 1)).toBe(1_776_060)
  })
})
