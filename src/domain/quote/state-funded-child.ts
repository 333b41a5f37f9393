// Children under 6 are insured by the state budget (domain.md §3.4 CHILD_UNDER_6): derived from the date
// of birth, never ticked. The one place the form's ladder, the household quote and checkRegistration ask it.
import { ageRangeOn } from '../registration/age-range-on.ts'
import { valueOn, type IsoDate } from '../rules/dated.ts'
import type { RuleSet } from '../rules/rule-set.ts'

/**
 * `yes`: certainly under the age on `on` (refused household HI, left out of the ladder). `maybe`: only the
 * year (or year and month) is known and the child may be under it (a warning: check the papers). `no`.
 */
export function stateFundedChild(dateOfBirth: string, rules: RuleSet, on: IsoDate): 'yes' | 'maybe' | 'no' {
  const underAge = valueOn(rules.hi, on, 'HI rules').stateFundedChildUnderAge
  const age = ageRangeOn(dateOfBirth, on)
  if (age.max < underAge) return 'yes'
  return age.min < underAge ? 'maybe' : 'no'
}
