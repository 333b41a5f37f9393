import type { IsoDate } from '../rules/dated.ts'

// Vietnam has had no daylight saving since 1975: UTC+7 all year.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

/** The calendar date in Asia/Ho_Chi_Minh of an ISO-8601 instant: the date whose rules apply. */
export function vietnamDate(instant: string): IsoDate {
  const ms = Date.parse(instant)
  if (Number.isNaN(ms)) throw new RangeError('Invalid instant')
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10)
}
