import { describe, expect, it } from 'vitest'
import type { InsuredPerson } from '../../../src/domain/insured/insured-person.ts'
import { cardCovers, planRenewal } from '../../../src/domain/insured/plan-renewal.ts'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'

const member = (idNumber: string, hiTo?: string): InsuredPerson => ({
  idNumber,
  fullName: `Người ${idNumber.slice(-2)}`,
  dateOfBirth: '1980',
  sex: 'male',
  communeCode: '02683',
  householdCode: 'HO1',
  ...(hiTo ? { hiFrom: '2026-01-01', hiTo } : {}),
})

describe('planRenewal', () => {
  // The household: two cards lapse, a third stays valid, a fourth member has no card on the list.
  const a = member('010180000001', '2026-12-31')
  const b = member('010180000002', '2026-11-30')
  const c = member('010180000003', '2028-02-29')
  const d = member('010180000004')

  it('starts the new card the day after the old one and renews the members whose cards end before it', () => {
    const plan = planRenewal(a, [a, b, c, d], '2026-11-25', 12, defaultRules)
    expect(plan.card).toEqual({
      validFrom: '2027-01-01',
      validTo: '2027-12-31',
      estimate: true,
      reason: 'renewal',
    })
    expect(plan.renew.map((m) => m.idNumber)).toEqual([a.idNumber, b.idNumber])
    // C's card runs past 2027-12-31: C keeps rank 1, A and B pay ranks 2 and 3.
    expect(plan.staysValid.map((m) => m.idNumber)).toEqual([c.idNumber])
    expect(plan.noCard.map((m) => m.idNumber)).toEqual([d.idNumber])
  })

  it('treats a card lapsed long ago as a first card: 30 days after payment', () => {
    const lapsed = member('010180000005', '2025-06-30')
    const plan = planRenewal(lapsed, [lapsed], '2026-11-25', 6, defaultRules)
    expect(plan.card).toMatchObject({ validFrom: '2026-12-25', validTo: '2027-06-24', reason: 'first_card' })
  })
})

describe('cardCovers', () => {
  it('says when a card already covers the requested period', () => {
    const valid = member('010180000006', '2027-12-31')
    expect(cardCovers(valid, '2026-11-25', 3, defaultRules)).toBe(true)
    expect(cardCovers(valid, '2026-11-25', 12, defaultRules)).toBe(true)
    expect(cardCovers(member('010180000007', '2027-03-31'), '2026-11-25', 12, defaultRules)).toBe(false)
    expect(cardCovers(member('010180000008'), '2026-11-25', 3, defaultRules)).toBe(false)
  })
})
