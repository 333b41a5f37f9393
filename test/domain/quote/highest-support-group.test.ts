import { expect, it } from 'vitest'
import { highestSupportGroup } from '../../../src/domain/quote/highest-support-group.ts'
import { quoteVsi } from '../../../src/domain/quote/vsi-quote.ts'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'

it('V6: ethnic minority and poor ⇒ POOR at 50 %, cash 1,980,000', () => {
  const supportGroup = highestSupportGroup(['ETHNIC_MINORITY', 'POOR'], defaultRules, '2026-11-25')
  expect(supportGroup).toBe('POOR')
  const q = quoteVsi({ monthlyIncome: 1_500_000, months: 12, supportGroup }, defaultRules, '2026-11-25')
  expect(q.ok && q.quote.payable).toBe(1_980_000)
})

it('falls back to OTHER and prefers NEAR_POOR over ETHNIC_MINORITY', () => {
  expect(highestSupportGroup([], defaultRules, '2026-11-25')).toBe('OTHER')
  expect(highestSupportGroup(['ETHNIC_MINORITY', 'NEAR_POOR'], defaultRules, '2026-11-25')).toBe('NEAR_POOR')
})
