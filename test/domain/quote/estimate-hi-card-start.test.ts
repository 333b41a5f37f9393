import { describe, expect, it } from 'vitest'
import { estimateHiCardStart } from '../../../src/domain/quote/estimate-hi-card-start.ts'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'

describe('estimateHiCardStart', () => {
  it('first card: 30 days after payment', () => {
    expect(estimateHiCardStart('2026-11-25', defaultRules)).toEqual({
      validFrom: '2026-12-25',
      estimate: true,
      reason: 'first_card',
    })
  })
  it('renewal before the old card ends: the day after it ends', () => {
    expect(estimateHiCardStart('2026-11-25', defaultRules, '2026-12-31').validFrom).toBe('2027-01-01')
  })
  it('short gap: from payment; long gap: waits again', () => {
    expect(estimateHiCardStart('2026-11-25', defaultRules, '2026-10-31').reason).toBe('short_gap')
    expect(estimateHiCardStart('2026-11-25', defaultRules, '2026-05-31')).toMatchObject({
      validFrom: '2026-12-25',
      reason: 'first_card',
    })
  })
})
