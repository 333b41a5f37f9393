// The period a receipt covers, as printed: "mm/yyyy–mm/yyyy" (domain.md §7.4).
import type { IsoDate } from '../rules/dated.ts'

export interface PaymentPeriod {
  /** "11/2026" */
  from: string
  /** "10/2027": the last month paid for. */
  to: string
  /** "11/2026–10/2027" (en dash). */
  text: string
}

/** `months` months starting with the month of `from` ("2026-11-25", 12 → 11/2026–10/2027). */
export function paymentPeriod(from: IsoDate, months: number): PaymentPeriod {
  const m = /^(\d{4})-(\d{2})/.exec(from)
  if (!m || !Number.isInteger(months) || months < 1) throw new RangeError('Bad period')
  const start = Number(m[1]) * 12 + Number(m[2]) - 1
  const end = start + months - 1
  const fmt = (n: number) => `${String((n % 12) + 1).padStart(2, '0')}/${Math.floor(n / 12)}`
  return { from: fmt(start), to: fmt(end), text: `${fmt(start)}–${fmt(end)}` }
}
