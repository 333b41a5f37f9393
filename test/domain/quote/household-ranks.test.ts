import { describe, expect, it } from 'vitest'
import { householdRanks } from '../../../src/domain/quote/household-ranks.ts'

const hi = { inHi: true, excluded: false }
const excluded = { inHi: true, excluded: true }
const vsiOnly = { inHi: false, excluded: false }

describe('householdRanks', () => {
  it('ranks members 1, 2, 3… in listed order (H2)', () => {
    expect(householdRanks([hi, hi, hi])).toEqual([1, 2, 3])
  })

  it('skips excluded members and members not in HI (H5: child < 6 and pensioner)', () => {
    expect(householdRanks([hi, excluded, hi, vsiOnly, excluded, hi, hi])).toEqual([
      1,
      undefined,
      2,
      undefined,
      undefined,
      3,
      4,
    ])
  })

  it('continues after members whose card is still valid (H6)', () => {
    expect(householdRanks([hi, hi], 1)).toEqual([2, 3])
  })

  it('keeps a rank typed by hand and counts the member', () => {
    expect(householdRanks([{ ...hi, rankOverride: 4 }, hi])).toEqual([4, 2])
  })

  it('ignores a negative or fractional number of valid cards', () => {
    expect(householdRanks([hi], -2)).toEqual([1])
    expect(householdRanks([hi], 1.5)).toEqual([1])
  })
})
