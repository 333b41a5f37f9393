// Tally → what the charts and tables draw. Pure, so the arithmetic is tested without a browser.
import { CAMPAIGN_KEYS, type TallyFigures } from './tally-types.ts'

export interface DailySeries {
  /** Every calendar day from the first to the last with figures, gaps included (a quiet day is a 0). */
  days: string[]
  /** One array per campaign figure, aligned with `days`. */
  values: Record<(typeof CAMPAIGN_KEYS)[number], number[]>
}

const DAY_MS = 86_400_000

/** `from`/`to` (YYYY-MM-DD) widen the range to the period asked for; missing days count zero. */
export function dailySeries(
  byDay: Readonly<Record<string, TallyFigures>>,
  range: { from?: string | undefined; to?: string | undefined } = {},
): DailySeries {
  const known = Object.keys(byDay).sort()
  const first = range.from ?? known[0]
  const last = range.to ?? known[known.length - 1]
  const days: string[] = []
  if (first !== undefined && last !== undefined) {
    // Calendar arithmetic on UTC midnights: no time zone or DST can skip or repeat a day.
    for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += DAY_MS) {
      days.push(new Date(t).toISOString().slice(0, 10))
      if (days.length > 366) break
    }
  }
  const values = Object.fromEntries(
    CAMPAIGN_KEYS.map((key) => [key, days.map((d) => byDay[d]?.[key] ?? 0)]),
  ) as DailySeries['values']
  return { days, values }
}

export interface TallyRow extends TallyFigures {
  key: string
  label: string
}

/** A breakdown as table rows, most registrations first, labelled with the server's names when it has them. */
export function tallyRows(
  map: Readonly<Record<string, TallyFigures>>,
  names: Readonly<Record<string, string>> = {},
): TallyRow[] {
  return Object.entries(map)
    .map(([key, figures]) => ({ ...figures, key, label: names[key] ?? key }))
    .sort((a, b) => b.registrations - a.registrations || a.label.localeCompare(b.label, 'vi'))
}

/** "2026-11-25" → "25/11". */
export function shortDay(isoDay: string): string {
  return `${isoDay.slice(8, 10)}/${isoDay.slice(5, 7)}`
}
