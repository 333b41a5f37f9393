import { addDays, daysBetween } from '../rules/calendar-days.ts'
import { rowOn, type IsoDate } from '../rules/dated.ts'
import type { RuleSet } from '../rules/rule-set.ts'

export interface HiCardStart {
  validFrom: IsoDate
  /** Always true: the waiting rule under Law 51/2024 is UNCERTAIN, so the UI shows "dự kiến". */
  estimate: true
  reason: 'renewal' | 'short_gap' | 'first_card'
}

/**
 * When a household HI card paid on `paidOn` starts (domain.md §3.2): a continuous renewal runs on from the
 * previous card; a first card, or one after a gap longer than `gapDays`, waits `firstCardWaitDays`.
 * A short gap starting on the payment day is our reading, not a confirmed rule.
 */
export function estimateHiCardStart(paidOn: IsoDate, rules: RuleSet, previousCardEnd?: IsoDate): HiCardStart {
  const card = rowOn(rules.hiCard, paidOn)?.value ?? { firstCardWaitDays: 30, gapDays: 90 }
  if (previousCardEnd !== undefined) {
    if (paidOn <= previousCardEnd)
      return { validFrom: addDays(previousCardEnd, 1), estimate: true, reason: 'renewal' }
    if (daysBetween(previousCardEnd, paidOn) <= card.gapDays) {
      return { validFrom: paidOn, estimate: true, reason: 'short_gap' }
    }
  }
  return { validFrom: addDays(paidOn, card.firstCardWaitDays), estimate: true, reason: 'first_card' }
}
