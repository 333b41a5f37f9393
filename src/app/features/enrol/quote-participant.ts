// The live quote for one person, exactly as checkRegistration will recompute it.
import { quoteHi, type HiQuoteResult } from '../../../domain/quote/hi-quote.ts'
import { quoteVsi, type VsiQuoteResult } from '../../../domain/quote/vsi-quote.ts'
import type { IsoDate } from '../../../domain/rules/dated.ts'
import type { RuleSet } from '../../../domain/rules/rule-set.ts'
import type { ParticipantFormValues } from './enrol-form-values.ts'
import { parseMoney } from './parse-form-fields.ts'

export interface ParticipantQuote {
  vsi?: VsiQuoteResult
  hi?: HiQuoteResult
  /** What this person pays in cash, counting only the parts that quote cleanly. */
  payable: number
}

export function quoteParticipant(p: ParticipantFormValues, rules: RuleSet, on: IsoDate): ParticipantQuote {
  const result: ParticipantQuote = { payable: 0 }
  if (p.vsiOn) {
    result.vsi = quoteVsi(
      { monthlyIncome: parseMoney(p.vsiIncome), months: Number(p.vsiMonths), supportGroup: p.supportGroup },
      rules,
      on,
    )
    if (result.vsi.ok) result.payable += result.vsi.quote.payable
  }
  if (p.hiOn) {
    result.hi = quoteHi({ months: Number(p.hiMonths), householdOrder: Number(p.householdOrder) }, rules, on)
    if (result.hi.ok) result.payable += result.hi.quote.amount
  }
  return result
}

export function quoteTotal(
  participants: readonly ParticipantFormValues[],
  rules: RuleSet,
  on: IsoDate,
): number {
  return participants.reduce((sum, p) => sum + quoteParticipant(p, rules, on).payable, 0)
}
