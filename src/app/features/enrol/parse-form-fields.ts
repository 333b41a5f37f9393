// Tolerant readers for what people type on a phone keypad: spaces, dots, +84.
import type { ParticipantFormValues } from './enrol-form-values.ts'

/** "1.500.000" or "1500000" → 1500000; empty → NaN. */
export function parseMoney(text: string): number {
  const digits = text.replace(/\D/g, '')
  return digits === '' ? Number.NaN : Number(digits)
}

export function normalizeIdNumber(text: string): string {
  return text.replace(/[\s.-]/g, '')
}

/**
 * What the ID box keeps of a keystroke or a paste: digits only, at most 12 (a 13th digit was
 * accepted). Spaces, dots and dashes of a pasted "010 085 774401" go, so a paste still fits.
 */
export function clampIdNumber(text: string): string {
  return normalizeIdNumber(text).replace(/\D/g, '').slice(0, 12)
}

/** The three small inputs → "YYYY", "YYYY-MM" or "YYYY-MM-DD" (day and month optional). */
export function composeDateOfBirth(
  p: Pick<ParticipantFormValues, 'dobDay' | 'dobMonth' | 'dobYear'>,
): string {
  const y = p.dobYear.trim()
  const m = p.dobMonth.trim()
  const d = p.dobDay.trim()
  if (m === '') return y
  const mm = m.padStart(2, '0')
  return d === '' ? `${y}-${mm}` : `${y}-${mm}-${d.padStart(2, '0')}`
}
