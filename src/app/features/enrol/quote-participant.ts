// The live quote for one person and for the household, exactly as checkRegistration will recompute it.
import { householdRanks } from '../../../domain/quote/household-ranks.ts'
import { stateFundedChild } from '../../../domain/quote/state-funded-child.ts'
import { quoteHi, type HiQuoteResult } from '../../../domain/quote/hi-quote.ts'
import { quoteVsi, type VsiQuoteResult } from '../../../domain/quote/vsi-quote.ts'
import type { IsoDate } from '../../../domain/rules/dated.ts'
import type { RuleSet } from '../../../domain/rules/rule-set.ts'
import type { EnrolFormValues, ParticipantFormValues } from './enrol-form-values.ts'
import { composeDateOfBirth, parseMoney } from './parse-form-fields.ts'

export interface ParticipantQuote {
  vsi?: VsiQuoteResult
  hi?: HiQuoteResult
  /** HI ticked but the ladder leaves the person out (state-paid child, §3.4 group without override): nothing quoted. */
  hiBlocked?: boolean
  /** What this person pays in cash, counting only the parts that quote cleanly. */
  payable: number
  /**
   * A ticked product that cannot be quoted (income under the floor, off the step, over the ceiling…): the
   * person's and the household's totals cannot be computed, and nothing may be saved.
   */
  invalid?: true
}

/** ADV/GAP are listed but computed by the BHXH office (domain.md §2.2). */
export function isReferToOffice(vsiMonths: string): boolean {
  return vsiMonths === 'ADV' || vsiMonths === 'GAP'
}

/**
 * Is this person kept out of the HI ladder? A child certainly under 6 on `on` (state-paid, derived from the
 * birth date: nobody has to pick a group), or a §3.4 group ticked without the supervisor override.
 */
export function isHiExcluded(p: ParticipantFormValues, rules: RuleSet, on: IsoDate): boolean {
  return (p.hiExclusion !== '' && !p.hiOverride) || isStateFundedChild(p, rules, on)
}

function isStateFundedChild(p: ParticipantFormValues, rules: RuleSet, on: IsoDate): boolean {
  const dob = composeDateOfBirth(p)
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(dob) && stateFundedChild(dob, rules, on) === 'yes'
}

/** Household ranks of the form's members (domain householdRanks), undefined for members not ranked. */
export function formRanks(
  participants: readonly ParticipantFormValues[],
  alreadyValidRanks: string,
  rules: RuleSet,
  on: IsoDate,
): (number | undefined)[] {
  return householdRanks(
    participants.map((p) => {
      const typed = p.householdOrder.trim()
      return {
        inHi: p.hiOn,
        excluded: isHiExcluded(p, rules, on),
        rankOverride: /^\d{1,2}$/.test(typed) ? Number(typed) : undefined,
      }
    }),
    parseCount(alreadyValidRanks),
  )
}

/** "2" → 2; empty or not a whole number → 0 (the field shows its own error). */
export function parseCount(text: string): number {
  const t = text.trim()
  return /^\d{1,2}$/.test(t) ? Number(t) : 0
}

/** `rank`: the household rank from formRanks; without it, the typed order or 1. */
export function quoteParticipant(
  p: ParticipantFormValues,
  rules: RuleSet,
  on: IsoDate,
  rank?: number,
): ParticipantQuote {
  const result: ParticipantQuote = { payable: 0 }
  if (p.vsiOn && !isReferToOffice(p.vsiMonths)) {
    result.vsi = quoteVsi(
      {
        monthlyIncome: parseMoney(p.vsiIncome),
        months: Number(p.vsiMonths),
        supportGroup: p.supportGroup,
        priorSupportedMonths: parsePrior(p.vsiPriorMonths),
        provinceCode: p.provinceCode,
      },
      rules,
      on,
    )
    if (result.vsi.ok) result.payable += result.vsi.quote.payable
    else result.invalid = true
  }
  if (p.hiOn) {
    if (isHiExcluded(p, rules, on)) result.hiBlocked = true
    else {
      const householdOrder = rank ?? (Number(p.householdOrder) || 1)
      result.hi = quoteHi({ months: Number(p.hiMonths), householdOrder }, rules, on)
      if (result.hi.ok) result.payable += result.hi.quote.amount
      else result.invalid = true
    }
  }
  return result
}

/** Months already supported: empty or not a number counts as 0 (the field shows its own error). */
export function parsePrior(text: string | undefined): number {
  const t = (text ?? '').trim()
  return /^\d{1,4}$/.test(t) ? Number(t) : 0
}

export interface HouseholdFormQuote {
  members: ParticipantQuote[]
  ranks: (number | undefined)[]
  /** Meaningful only when `invalid` is false. */
  total: number
  /** Some member's product cannot be quoted: the total is not known. */
  invalid: boolean
}

export function quoteForm(
  values: Pick<EnrolFormValues, 'participants' | 'alreadyValidRanks'>,
  rules: RuleSet,
  on: IsoDate,
): HouseholdFormQuote {
  const ranks = formRanks(values.participants, values.alreadyValidRanks ?? '0', rules, on)
  const members = values.participants.map((p, i) => quoteParticipant(p, rules, on, ranks[i]))
  return {
    members,
    ranks,
    total: members.reduce((sum, q) => sum + q.payable, 0),
    invalid: members.some((q) => q.invalid === true),
  }
}
