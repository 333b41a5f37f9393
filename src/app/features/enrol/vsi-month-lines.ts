// What a person pays per month for VSI, as it truly is: under the 120-month support cap (domain.md §2.3, V5)
// some months are supported and the rest are not, so one "per month" figure would not multiply to the total
// (264,000 a month was shown against 1,848,000 for 6 months).
import type { VsiQuote } from '../../../domain/quote/vsi-quote.ts'

export interface VsiMonthLine {
  /** What the person pays for each of these months. */
  perMonth: number
  months: number
  supported: boolean
}

export function vsiMonthLines(q: VsiQuote, months: number): VsiMonthLine[] {
  const supportedPay = q.grossPerMonth - q.supportPerMonth - q.localSupportPerMonth
  const lines: VsiMonthLine[] = []
  if (q.supportedMonths > 0)
    lines.push({ perMonth: supportedPay, months: q.supportedMonths, supported: true })
  if (months > q.supportedMonths) {
    lines.push({ perMonth: q.grossPerMonth, months: months - q.supportedMonths, supported: false })
  }
  return lines
}
