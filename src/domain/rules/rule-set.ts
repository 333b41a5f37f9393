import type { DatedRow } from './dated.ts'
import type { SupportGroup } from '../registration/registration-schema.ts'

/** All the figures of domain.md §10 that the rules use. Changing a figure is a data change. */
export interface RuleSet {
  referenceLevel: readonly DatedRow<number>[]
  povertyLineRural: readonly DatedRow<number>[]
  vsi: readonly DatedRow<VsiRules>[]
  hi: readonly DatedRow<HiRules>[]
  /** Provincial top-up to VSI support (NSĐP), domain.md §2.3(3). UNCERTAIN: default 0 everywhere. */
  localSupport: readonly DatedRow<LocalSupportRates>[]
  /** HI card timing, domain.md §3.2. UNCERTAIN under Law 51/2024. */
  hiCard: readonly DatedRow<HiCardRules>[]
  /** Mobile prefixes by carrier, domain.md §4.3. MVNO ranges change: unknown prefix is only a warning. */
  phone: readonly DatedRow<PhoneRules>[]
  /** Campaign tally definitions, domain.md §8. UNCERTAIN toggles. */
  tally: readonly DatedRow<TallyRules>[]
}

export interface VsiRules {
  ratePercent: number
  ceilingMultiple: number
  /** Income = floor + m × step; 1 turns the step off. UNCERTAIN under NĐ 159/2025. */
  incomeStep: number
  allowedMonths: readonly number[]
  /** k per support group, in percent. */
  supportPercent: Readonly<Record<SupportGroup, number>>
  supportMaxMonths: number
  /** vsiMinAge: age at the payment date. */
  minAge: number
}

export interface HiRules {
  /** Rate of the first member, in per mille of the reference level (4.5 % = 45‰). */
  firstMemberPerMille: number
  /** Percent of the first member's amount by rank; the last entry applies to every rank beyond. */
  ladderPercent: readonly number[]
  allowedMonths: readonly number[]
  /**
   * Children younger than this many years on the collection date are insured by the state budget
   * (domain.md §3.4 CHILD_UNDER_6): never household HI, and not counted in the ladder.
   */
  stateFundedChildUnderAge: number
}

/** Percent of 22 % × floor paid by the province, by 2-digit province code then support group; absent = 0. */
export type LocalSupportRates = Readonly<Record<string, Readonly<Partial<Record<SupportGroup, number>>>>>

export interface HiCardRules {
  /** First card, or a gap of more than `gapDays`: valid this many days after payment. */
  firstCardWaitDays: number
  gapDays: number
  /** A base rise inside an already paid period asks for no top-up (BHXH practice). */
  noTopUpOnBaseChange: boolean
}

export interface PhoneRules {
  /** 3-digit prefix ("032") → carrier name. */
  prefixes: Readonly<Record<string, string>>
}

export interface TallyRules {
  /** A VSI member resuming after a gap counts as new. */
  countResumedAsNew: boolean
  /** `noCard`: new when no valid HI card the day before; `anyPayment`: every HH-HI payment counts. */
  hiNewDefinition: 'noCard' | 'anyPayment'
}
