import type { IsoDate } from '../rules/dated.ts'

/**
 * Completed years of age on `on` for a possibly partial date of birth ("YYYY-MM-DD" | "YYYY-MM" | "YYYY").
 * A partial date gives a range: `max` if born on the first possible day, `min` if on the last.
 */
export function ageRangeOn(dateOfBirth: string, on: IsoDate): { min: number; max: number } {
  const [y = 0, m, d] = dateOfBirth.split('-').map(Number)
  const earliest = { y, m: m ?? 1, d: d ?? 1 }
  const lastMonth = m ?? 12
  const latest = { y, m: lastMonth, d: d ?? daysInMonth(y, lastMonth) }
  const [oy = 0, om = 1, od = 1] = on.split('-').map(Number)
  const age = (b: { y: number; m: number; d: number }) =>
    oy - b.y - (om < b.m || (om === b.m && od < b.d) ? 1 : 0)
  return { min: age(latest), max: age(earliest) }
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}
