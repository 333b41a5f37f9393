import { describe, expect, it } from 'vitest'
import { hiExclusionFlags } from '../../../src/domain/quote/hi-exclusion-flags.ts'
import { hiExclusions } from '../../../src/domain/quote/hi-exclusion-labels.ts'
import { quoteHousehold, type HouseholdMember } from '../../../src/domain/quote/quote-household.ts'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'

const ON = '2026-11-25'
const people = (n: number): HouseholdMember[] => Array.from({ length: n }, () => ({}))

function total(members: readonly HouseholdMember[], months: number, on = ON, already = 0): number {
  const r = quoteHousehold(members, months, defaultRules, on, already)
  if (!r.ok) throw new Error(r.issue.message)
  return r.quote.total
}

describe('quoteHousehold worked examples (domain.md §3.6)', () => {
  it('H1: 1 person, 12 months', () => expect(total(people(1), 12)).toBe(1_366_200))
  it('H2: 3 persons, 12 months', () => expect(total(people(3), 12)).toBe(3_142_260))
  it('H3: 6 persons, 12 months', () => expect(total(people(6), 12)).toBe(4_918_320))
  it('H4: 6 persons, 6 months', () => expect(total(people(6), 6)).toBe(2_459_160))

  it('H5: 6 listed, child under 6 and pensioner skipped', () => {
    const members: HouseholdMember[] = [
      {},
      { exclusions: ['CHILD_UNDER_6'] },
      {},
      { exclusions: ['PENSIONER'] },
      {},
      {},
    ]
    const r = quoteHousehold(members, 12, defaultRules, ON)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.quote.total).toBe(3_825_360)
    expect(r.quote.lines.map((l) => (l.excluded ? null : l.rank))).toEqual([1, null, 2, null, 3, 4])
    expect(r.quote.lines[1]).toMatchObject({ excluded: true, amount: 0, exclusions: ['CHILD_UNDER_6'] })
  })

  it('H5 with the child known only by her birth date (issue #9): nobody ticks a group for her', () => {
    const members: HouseholdMember[] = [
      { dateOfBirth: '1985' },
      { dateOfBirth: '2023-02-14' },
      { dateOfBirth: '1990-06' },
      { dateOfBirth: '1955', exclusions: ['PENSIONER'] },
      { dateOfBirth: '2005' },
      { dateOfBirth: '2020-11-25' }, // 6 today: pays
    ]
    const r = quoteHousehold(members, 12, defaultRules, ON)
    if (!r.ok) throw new Error(r.issue.message)
    expect(r.quote.total).toBe(3_825_360)
    expect(r.quote.lines.map((l) => (l.excluded ? null : l.rank))).toEqual([1, null, 2, null, 3, 4])
    expect(r.quote.lines[1]).toMatchObject({ excluded: true, amount: 0, exclusions: ['CHILD_UNDER_6'] })
    // A 3-year-old alone is not charged 1,366,200: there is nothing to collect.
    expect(total([{ dateOfBirth: '2023-05-10' }], 12)).toBe(0)
  })

  it('H6: 2 newcomers after 1 member with a valid card take ranks 2 and 3', () => {
    const r = quoteHousehold(people(2), 12, defaultRules, ON, 1)
    expect(r.ok && r.quote.lines.map((l) => (l.excluded ? null : l.rank))).toEqual([2, 3])
    expect(total(people(2), 12, ON, 1)).toBe(1_776_060)
  })

  it('H7: 1 person paid 2026-06-15 at base 2,340,000', () =>
    expect(total(people(1), 12, '2026-06-15')).toBe(1_263_600))
  it('H8: 4 persons, 3 months', () => expect(total(people(4), 3)).toBe(956_340))

  it('total is the sum of the lines', () => {
    const r = quoteHousehold(people(7), 6, defaultRules, ON)
    expect(r.ok && r.quote.lines.reduce((s, l) => s + l.amount, 0)).toBe(r.ok && r.quote.total)
  })

  it('honours a supervisor rank override', () => {
    const r = quoteHousehold([{ rankOverride: 1 }, { rankOverride: 1 }], 12, defaultRules, ON)
    expect(r.ok && r.quote.total).toBe(2 * 1_366_200)
  })

  it('rejects 1-month payment and negative already-valid ranks', () => {
    expect(quoteHousehold(people(1), 1, defaultRules, ON).ok).toBe(false)
    expect(quoteHousehold(people(1), 12, defaultRules, ON, -1).ok).toBe(false)
  })
})

describe('hiExclusionFlags', () => {
  it('is the closed set of domain.md §3.4, each with a Vietnamese label and warning', () => {
    expect(hiExclusionFlags).toHaveLength(10)
    for (const flag of hiExclusionFlags) {
      expect(hiExclusions[flag].label.length).toBeGreaterThan(3)
      expect(hiExclusions[flag].warning).toMatch(/BHYT/)
    }
  })
})
