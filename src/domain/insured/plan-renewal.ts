// "Gia hạn" for household HI from what the agency knows: the person's new card starts where the old one
// ends (or as a first card after a long gap, domain.md §3.2), the household members whose cards end inside
// the new period renew with them, and those whose cards stay valid through it keep their ranks: the ladder
// continues after them (§3.1), so nobody types that number.
import { estimateHiCardStart, type HiCardStart } from '../quote/estimate-hi-card-start.ts'
import { cardEnd } from '../rules/calendar-days.ts'
import type { IsoDate } from '../rules/dated.ts'
import type { RuleSet } from '../rules/rule-set.ts'
import type { InsuredPerson } from './insured-person.ts'

export interface RenewalPlan {
  /** The new card as estimated for the person who came: start (with its reason) and last day. */
  card: HiCardStart & { validTo: IsoDate }
  /** Who pays now: the person first, then the household members whose cards end before `card.validTo`. */
  renew: InsuredPerson[]
  /** Household members whose cards stay valid through the new card: the ladder's already-valid ranks. */
  staysValid: InsuredPerson[]
  /** Members with no HI card on the list: not added (they may be insured in another group). */
  noCard: InsuredPerson[]
}

/** `household`: everyone on the list with the person's household code, the person included. */
export function planRenewal(
  person: InsuredPerson,
  household: readonly InsuredPerson[],
  paidOn: IsoDate,
  months: number,
  rules: RuleSet,
): RenewalPlan {
  const start = estimateHiCardStart(paidOn, rules, person.hiTo)
  const validTo = cardEnd(start.validFrom, months)
  const others = household.filter((m) => m.idNumber !== person.idNumber)
  const byId = (a: InsuredPerson, b: InsuredPerson) => (a.idNumber < b.idNumber ? -1 : 1)
  return {
    card: { ...start, validTo },
    renew: [person, ...others.filter((m) => m.hiTo !== undefined && m.hiTo < validTo).sort(byId)],
    staysValid: others.filter((m) => m.hiTo !== undefined && m.hiTo >= validTo).sort(byId),
    noCard: others.filter((m) => m.hiTo === undefined).sort(byId),
  }
}

/** Whether a card already covers `months` paid on `paidOn`: enrolling would charge twice. */
export function cardCovers(person: InsuredPerson, paidOn: IsoDate, months: number, rules: RuleSet): boolean {
  if (person.hiTo === undefined || person.hiFrom === undefined) return false
  const end = cardEnd(estimateHiCardStart(paidOn, rules).validFrom, months)
  return person.hiFrom <= paidOn && person.hiTo >= end
}
