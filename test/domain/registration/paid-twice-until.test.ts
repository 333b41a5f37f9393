import { describe, expect, it } from 'vitest'
import { paidTwiceUntil, renewalWindowDays } from '../../../src/domain/registration/paid-twice-until.ts'

describe('paidTwiceUntil', () => {
  it('12 months of HI paid on 2025-12-04: paying again before 2026-11-04 is paying twice, from then on a renewal', () => {
    expect(paidTwiceUntil('2025-12-04', 12)).toBe('2026-11-04')
  })

  it('short periods leave a shorter window: 3 months → 30 days, 1 month → 15 days', () => {
    expect(renewalWindowDays(3)).toBe(30)
    expect(renewalWindowDays(1)).toBe(15)
    expect(paidTwiceUntil('2026-11-25', 1)).toBe('2026-12-10')
    expect(paidTwiceUntil('2026-11-25', 3)).toBe('2027-01-26')
  })

  it('clamps to the end of a short month', () => {
    expect(paidTwiceUntil('2026-01-31', 1)).toBe('2026-02-13')
  })
})
