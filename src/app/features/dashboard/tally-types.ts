// The answer of GET /api/reports/tally is the contract's (src/domain/api/reports.ts).
import type { TallyFigures } from '../../../domain/api/reports.ts'

export type { TallyAnswer, TallyFigures } from '../../../domain/api/reports.ts'

export type TallyKey = keyof TallyFigures

/** The campaign figures, in the order the office reports them. */
export const CAMPAIGN_KEYS = [
  'vsiNew',
  'hiNew',
  'hiRenewed',
  'vssidAssisted',
  'cashlessPension',
  'advised',
] as const
