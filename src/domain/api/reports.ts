// The office's figures (design.md "Reports"): GET /api/reports/tally. The six campaign figures at the top
// level are the contract; the breakdowns and names are extensions old clients ignore.
import type { Tally } from '../report/tally.ts'

export type { Tally as TallyFigures }

export interface TallyAnswer extends Tally {
  byEvent: Record<string, Tally>
  /** Keyed by the Vietnam calendar day of collection. */
  byDay: Record<string, Tally>
  /** Keyed by the 5-digit commune code (or the first spelling met, for a commune typed without one). */
  byCommune: Record<string, Tally>
  /** Keyed by the collector's account id. */
  byStaff: Record<string, Tally>
  names: { commune: Record<string, string>; staff: Record<string, string> }
  /**
   * Present while every fact is being worked out again under new rules (after an upgrade or a change of a
   * rule row; minutes at a province's scale): the figures are those worked out before it, not the new ones.
   */
  recalculating?: true
}
