import type { FieldIssue } from '../registration/field-issue.ts'
import type { IsoDate } from '../rules/dated.ts'
import type { RuleSet } from '../rules/rule-set.ts'
import type { HiExclusionFlag } from './hi-exclusion-flags.ts'
import { quoteHi } from './hi-quote.ts'
import { stateFundedChild } from './state-funded-child.ts'

export interface HouseholdMember {
  /** §3.4 reasons this person is covered elsewhere; any flag skips the member. */
  exclusions?: readonly HiExclusionFlag[] | undefined
  /** "YYYY-MM-DD" | "YYYY-MM" | "YYYY": a child certainly under 6 on `on` is state-paid, skipped like a flag. */
  dateOfBirth?: string | undefined
  /** Supervisor override of the rank (lapsed-card edge case, domain.md §3.1). */
  rankOverride?: number | undefined
}

export type HouseholdLine =
  | { index: number; excluded: true; exclusions: readonly HiExclusionFlag[]; amount: 0 }
  | {
      index: number
      excluded: false
      rank: number
      ladderPercent: number
      perMonth: number
      amount: number
    }

export interface HouseholdQuote {
  months: number
  lines: HouseholdLine[]
  total: number
}

export type HouseholdQuoteResult =
  { ok: true; quote: HouseholdQuote } | { ok: false; issue: Omit<FieldIssue, 'path'> }

/**
 * Household HI for the members in their listed order (domain.md §3.5): excluded members (a §3.4 flag, or a
 * child certainly under 6) are skipped and not counted; ranks continue after `alreadyValidRanks` members
 * whose card paid this year is still valid.
 */
export function quoteHousehold(
  members: readonly HouseholdMember[],
  months: number,
  rules: RuleSet,
  on: IsoDate,
  alreadyValidRanks = 0,
): HouseholdQuoteResult {
  if (!Number.isInteger(alreadyValidRanks) || alreadyValidRanks < 0) {
    return {
      ok: false,
      issue: { code: 'out_of_range', message: 'Số người đã có thẻ BHYT hộ gia đình không hợp lệ' },
    }
  }
  const lines: HouseholdLine[] = []
  let position = 0
  let total = 0
  for (const [index, member] of members.entries()) {
    const under6 =
      member.dateOfBirth !== undefined && stateFundedChild(member.dateOfBirth, rules, on) === 'yes'
    const flags = member.exclusions ?? []
    const exclusions: readonly HiExclusionFlag[] =
      under6 && !flags.includes('CHILD_UNDER_6') ? [...flags, 'CHILD_UNDER_6'] : flags
    if (exclusions.length > 0) {
      lines.push({ index, excluded: true, exclusions, amount: 0 })
      continue
    }
    position += 1
    const rank = member.rankOverride ?? alreadyValidRanks + position
    const q = quoteHi({ months, householdOrder: rank }, rules, on)
    if (!q.ok) return q
    const { ladderPercent, perMonth, amount } = q.quote
    lines.push({ index, excluded: false, rank, ladderPercent, perMonth, amount })
    total += amount
  }
  return { ok: true, quote: { months, lines, total } }
}
