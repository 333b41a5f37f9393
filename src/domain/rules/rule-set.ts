import type { DatedRow } from './dated.ts'
import type { SupportGroup } from '../registration/registration-schema.ts'

/** All the figures of domain.md §10 that the quotes use. Changing a figure is a data change. */
export interface RuleSet {
  referenceLevel: readonly DatedRow<number>[]
  povertyLineRural: readonly DatedRow<number>[]
  vsi: readonly DatedRow<VsiRules>[]
  hi: readonly DatedRow<HiRules>[]
}

export interface VsiRules {
  ratePercent: number
  ceilingMultiple: number
  /** Income = floor + m × step; 1 turns the step off. */
  incomeStep: number
  allowedMonths: readonly number[]
  /** k per support group, in percent. */
  supportPercent: Readonly<Record<SupportGroup, number>>
  supportMaxMonths: number
  minAge: number
}

export interface HiRules {
  /** Rate of the first member, in per mille of the reference level (4.5 % = 45‰). */
  firstMemberPerMille: number
  /** Percent of the first member's amount by rank; the last entry applies to every rank beyond. */
  ladderPercent: readonly number[]
  allowedMonths: readonly number[]
}
