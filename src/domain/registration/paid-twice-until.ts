// When a second registration of the same person for the same product is paying twice, and when it is a
// renewal. A collector who takes 12 months of household HI from someone who paid 12 months three weeks ago
// has taken the money twice: the supervisor must see that (a hard flag). A collector who takes the next
// year's HI in the last weeks of the current card is doing what the campaign is for: that is a renewal,
// never a flag (domain.md §3.2: a gap-free renewal continues from the previous card's end; §8: "new" does not
// count gap-free renewals either).
import type { IsoDate } from '../rules/dated.ts'

/** Days before the paid period runs out from which paying again is a renewal: half a month per month paid, at most 30. */
export function renewalWindowDays(months: number): number {
  return Math.min(30, 15 * Math.max(1, months))
}

/**
 * The first day on which another payment for the same product counts as a renewal of a payment of `months`
 * months collected on `collectedOn`; before it, paying again is paying twice.
 */
export function paidTwiceUntil(collectedOn: IsoDate, months: number): IsoDate {
  const [y, m, d] = collectedOn.split('-').map(Number) as [number, number, number]
  const end = new Date(Date.UTC(y, m - 1 + months, 1))
  // Clamp the day to the target month (31 Jan + 1 month → 28/29 Feb), as a paid period does.
  const lastDay = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 0)).getUTCDate()
  end.setUTCDate(Math.min(d, lastDay))
  end.setUTCDate(end.getUTCDate() - renewalWindowDays(months))
  return end.toISOString().slice(0, 10)
}
