// The answer of GET /api/reports/tally (docs/api.md, domain.md §8), restated as types: the device never
// loads the domain's report code.

export interface TallyFigures {
  vsiNew: number
  hiNew: number
  vssidAssisted: number
  cashlessPension: number
  registrations: number
  collectedVnd: number
  stateSupportVnd: number
}

export interface TallyAnswer extends TallyFigures {
  byEvent: Record<string, TallyFigures>
  byDay: Record<string, TallyFigures>
  byCommune: Record<string, TallyFigures>
  byStaff: Record<string, TallyFigures>
  names: { commune: Record<string, string>; staff: Record<string, string> }
}

export type TallyKey = keyof TallyFigures

/** The four campaign figures, in the order the office reports them. */
export const CAMPAIGN_KEYS = ['vsiNew', 'hiNew', 'vssidAssisted', 'cashlessPension'] as const
