import { addDays, addMonthsClamped } from '../rules/calendar-days.ts'
import { estimateHiCardStart } from '../quote/estimate-hi-card-start.ts'
import type { Registration } from '../registration/registration-schema.ts'
import { vietnamDate } from '../registration/local-date.ts'
import { rowOn, type IsoDate } from '../rules/dated.ts'
import type { RuleSet, TallyRules } from '../rules/rule-set.ts'

/** Per participant (same index as `registration.participants`): does this enrolment count as new? */
export interface NewEnrolmentFlags {
  vsi: boolean[]
  hi: boolean[]
}

// Used when the rule set has no tally row yet on that date: the defaults of domain.md §8.
const FALLBACK: TallyRules = { countResumedAsNew: true, hiNewDefinition: 'noCard' }

/**
 * Which VSI and household-HI enrolments are "new" in the sense of domain.md §8, for `records` in the order
 * they were collected (oldest first); the answer is parallel to `records`.
 *
 * The server keeps no history of cover from before the app, so the only history is the records given:
 * a person's first appearance in them is always new. Pass earlier approved records too (outside the
 * report window) to have them act as history. After that the tally toggles of the payment date decide:
 * - VSI: a payment while cover from an earlier record still runs (or ran until the month before) is a
 *   renewal, never new; one after a gap counts as new only when `countResumedAsNew` is on.
 * - HI: with `hiNewDefinition: 'anyPayment'` every payment is new; with `'noCard'` it is new only when no
 *   earlier card (start estimated by `estimateHiCardStart`) is valid the day before the new card starts.
 */
export function markNewEnrolments(records: readonly Registration[], rules: RuleSet): NewEnrolmentFlags[] {
  const mark = newEnrolmentMarker(rules)
  return records.map((r) => mark(r))
}

/**
 * `markNewEnrolments` one record at a time: call the returned function with each record in the order they
 * were collected (oldest first). It keeps one small entry per person, not the records, so a long history can
 * be read in batches.
 */
export function newEnrolmentMarker(rules: RuleSet): (r: Registration, paidOn?: IsoDate) => NewEnrolmentFlags {
  const vsiCoverEnd = new Map<string, number>() // idNumber → last covered month index
  const hiCardEnd = new Map<string, IsoDate>() // idNumber → last day of the latest card
  // `paidOn`: the Vietnam date of `r.collectedAt`, when the caller has it already.
  return (r, paidOn = vietnamDate(r.collectedAt)) => {
    const toggles = rowOn(rules.tally, paidOn)?.value ?? FALLBACK
    const flags: NewEnrolmentFlags = { vsi: [], hi: [] }
    for (const p of r.participants) {
      flags.vsi.push(p.vsi ? vsiIsNew(p.idNumber, paidOn, p.vsi.months) : false)
      flags.hi.push(p.hi ? hiIsNew(p.idNumber, paidOn, p.hi.months) : false)
    }
    return flags

    function vsiIsNew(id: string, on: IsoDate, months: number): boolean {
      const payMonth = monthIndex(on)
      const end = vsiCoverEnd.get(id)
      // Paid ahead while still covered: the new months follow on from the old ones.
      const start = end !== undefined && end >= payMonth ? end + 1 : payMonth
      vsiCoverEnd.set(id, start + months - 1)
      if (end === undefined) return true
      if (end >= payMonth - 1) return false
      return toggles.countResumedAsNew
    }

    function hiIsNew(id: string, on: IsoDate, months: number): boolean {
      const end = hiCardEnd.get(id)
      const start = estimateHiCardStart(on, rules, end).validFrom
      const newEnd = addDays(addMonthsClamped(start, months), -1)
      hiCardEnd.set(id, end !== undefined && end > newEnd ? end : newEnd)
      if (toggles.hiNewDefinition === 'anyPayment' || end === undefined) return true
      return end < addDays(start, -1)
    }
  }
}

function monthIndex(on: IsoDate): number {
  return Number(on.slice(0, 4)) * 12 + Number(on.slice(5, 7)) - 1
}
