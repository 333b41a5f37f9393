import type { FieldIssue } from '../registration/field-issue.ts'
import { valueOn, type IsoDate } from '../rules/dated.ts'
import type { RuleSet } from '../rules/rule-set.ts'
import { roundHalfUp } from './vsi-quote.ts'

export interface HiQuote {
  rank: number
  ladderPercent: number
  perMonth: number
  months: number
  amount: number
}
export type HiQuoteResult = { ok: true; quote: HiQuote } | { ok: false; issue: Omit<FieldIssue, 'path'> }

/** One member's household HI amount at rank `householdOrder` (domain.md §3.5). */
export function quoteHi(
  input: { months: number; householdOrder: number },
  rules: RuleSet,
  on: IsoDate,
): HiQuoteResult {
  const hi = valueOn(rules.hi, on, 'HI rules')
  if (!hi.allowedMonths.includes(input.months)) {
    return { ok: false, issue: { code: 'out_of_range', message: 'BHYT hộ gia đình đóng 3, 6 hoặc 12 tháng' } }
  }
  if (!Number.isInteger(input.householdOrder) || input.householdOrder < 1) {
    return { ok: false, issue: { code: 'out_of_range', message: 'Thứ tự trong hộ bắt đầu từ 1' } }
  }
  const ref = valueOn(rules.referenceLevel, on, 'reference level')
  const ladder = hi.ladderPercent
  const pct = ladder[Math.min(input.householdOrder, ladder.length) - 1] ?? 0
  const perMonth = roundHalfUp((ref * hi.firstMemberPerMille * pct) / 100_000)
  return {
    ok: true,
    quote: {
      rank: input.householdOrder,
      ladderPercent: pct,
      perMonth,
      months: input.months,
      amount: perMonth * input.months,
    },
  }
}
