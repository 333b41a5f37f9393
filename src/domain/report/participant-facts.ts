import { quoteVsi } from '../quote/vsi-quote.ts'
import type { Participant, Registration } from '../registration/registration-schema.ts'
import { vietnamDate } from '../registration/local-date.ts'
import { rowOn, type IsoDate } from '../rules/dated.ts'
import type { RuleSet } from '../rules/rule-set.ts'
import { newEnrolmentMarker } from './mark-new-enrolments.ts'

/**
 * What one participant of one approved record adds to a campaign tally (domain.md §8), before any
 * de-duplication: the tally counts distinct `idNumber`s among the facts whose flag is set.
 */
export interface ParticipantFacts {
  idNumber: string
  /** Newly enrolled in VSI (see `markNewEnrolments`). */
  vsiNew: boolean
  /** Newly enrolled in household HI: never for a card on the office's list being renewed. */
  hiNew: boolean
  /** A household HI card on the office's list renewed ("Gia hạn"). */
  hiRenewed: boolean
  vssidAssisted: boolean
  cashlessPension: boolean
  /** Central-budget VSI support on this participant's months, in đồng; 0 when no rule row covers the day. */
  stateSupportVnd: number
}

/**
 * The facts of each participant of each record, for records given in collection order (oldest first): the
 * returned function answers for one record at a time, parallel to `participants`. Whether an enrolment is new
 * depends on the earlier records given (`newEnrolmentMarker`), so a person's facts are right when every
 * earlier approved record of theirs was given first; other people's in the same records may be ignored.
 */
export function participantFactsBuilder(
  rules: RuleSet,
): (r: Registration, day?: IsoDate) => ParticipantFacts[] {
  const markNew = newEnrolmentMarker(rules)
  // Thousands of participants share a handful of quote inputs (income, months, group, province, day).
  const supports = new Map<string, number>()
  const stateSupport = (vsi: NonNullable<Participant['vsi']>, provinceCode: string, on: IsoDate) => {
    const key = `${on} ${provinceCode} ${vsi.monthlyIncome} ${vsi.months} ${vsi.supportGroup} ${vsi.priorSupportedMonths ?? ''}`
    let value = supports.get(key)
    if (value === undefined) {
      value = stateSupportOf(vsi, provinceCode, on, rules)
      supports.set(key, value)
    }
    return value
  }
  return (reg, day = vietnamDate(reg.collectedAt)) => {
    const f = markNew(reg, day)
    return reg.participants.map((p, j) => {
      const renewed = p.hi?.renewsCardTo !== undefined
      return {
        idNumber: p.idNumber,
        vsiNew: f.vsi[j] === true,
        hiNew: !renewed && f.hi[j] === true,
        hiRenewed: renewed,
        vssidAssisted: p.services.vssidAssisted,
        cashlessPension: p.services.cashlessPension,
        stateSupportVnd: p.vsi ? stateSupport(p.vsi, p.address.provinceCode, day) : 0,
      }
    })
  }
}

// An approved record passed the server's recomputation, so the quote succeeds; if the rules changed since
// (a row edited, or none in force that day any more), the support is left out rather than guessed.
function stateSupportOf(
  vsi: NonNullable<Participant['vsi']>,
  provinceCode: string,
  on: IsoDate,
  rules: RuleSet,
): number {
  const inForce =
    rowOn(rules.vsi, on) !== undefined &&
    rowOn(rules.povertyLineRural, on) !== undefined &&
    rowOn(rules.referenceLevel, on) !== undefined
  if (!inForce) return 0
  const q = quoteVsi({ ...vsi, provinceCode }, rules, on)
  return q.ok ? q.quote.stateSupport : 0
}
