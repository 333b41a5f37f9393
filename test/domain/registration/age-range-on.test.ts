import { describe, expect, it } from 'vitest'
import { ageRangeOn } from '../../../src/domain/registration/age-range-on.ts'

describe('ageRangeOn', () => {
  it('is exact for a full date, birthday inclusive', () => {
    expect(ageRangeOn('2011-11-25', '2026-11-25')).toEqual({ min: 15, max: 15 })
    expect(ageRangeOn('2011-11-26', '2026-11-25')).toEqual({ min: 14, max: 14 })
  })
  it('gives a range for month or year only', () => {
    expect(ageRangeOn('2011-11', '2026-11-25')).toEqual({ min: 14, max: 15 })
    expect(ageRangeOn('2011', '2026-11-25')).toEqual({ min: 14, max: 15 })
    expect(ageRangeOn('2011', '2026-12-31')).toEqual({ min: 15, max: 15 })
  })
})
