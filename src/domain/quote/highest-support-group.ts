import type { SupportGroup } from '../registration/registration-schema.ts'
import { valueOn, type IsoDate } from '../rules/dated.ts'
import type { RuleSet } from '../rules/rule-set.ts'

/** Several groups apply ⇒ the one with the highest support rate on that date (NĐ 159/2025 Art. 5); none ⇒ OTHER. */
export function highestSupportGroup(
  groups: readonly SupportGroup[],
  rules: RuleSet,
  on: IsoDate,
): SupportGroup {
  const k = valueOn(rules.vsi, on, 'VSI rules').supportPercent
  return groups.reduce<SupportGroup>((best, g) => (k[g] > k[best] ? g : best), 'OTHER')
}
