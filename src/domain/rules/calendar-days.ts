// Calendar arithmetic on Vietnam calendar days ("YYYY-MM-DD"), in UTC so no clock or zone moves a day.
import type { IsoDate } from './dated.ts'

const DAY_MS = 86_400_000

export function addDays(on: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${on}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

/** 2026-01-31 + 1 month → 2026-02-28: the day is clamped to the end of the target month. */
export function addMonthsClamped(on: IsoDate, months: number): IsoDate {
  const y = Number(on.slice(0, 4))
  const m = Number(on.slice(5, 7)) - 1 + months
  const d = Number(on.slice(8, 10))
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate()
  return new Date(Date.UTC(y, m, Math.min(d, lastDay))).toISOString().slice(0, 10)
}

/** The last day of a card of `months` starting on `from`. */
export function cardEnd(from: IsoDate, months: number): IsoDate {
  return addDays(addMonthsClamped(from, months), -1)
}
