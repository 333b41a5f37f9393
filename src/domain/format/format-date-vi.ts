import { vietnamDate } from '../registration/local-date.ts'

/**
 * "2026-11-25" → "25/11/2026"; partial dates keep their precision ("1958-03" → "03/1958", "1958" → "1958").
 * An ISO instant is first read as its calendar date in Vietnam.
 */
export function formatDateVi(date: string): string {
  const iso = date.includes('T') ? vietnamDate(date) : date
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso)
  if (!m) throw new RangeError('Not an ISO date')
  const [, y, mo, d] = m
  return [d, mo, y].filter((part) => part !== undefined).join('/')
}

/** "2026-11-25" or "2026-11" → "11/2026": the month form used for payment periods. */
export function formatMonthVi(date: string): string {
  const iso = date.includes('T') ? vietnamDate(date) : date
  const m = /^(\d{4})-(\d{2})/.exec(iso)
  if (!m) throw new RangeError('Not an ISO month')
  return `${m[2]}/${m[1]}`
}

/**
 * An instant as "dd/mm/yyyy HH:mm" in Vietnam time (UTC+7, no daylight saving), whatever the phone's locale:
 * "2026-12-05T07:03:00Z" → "05/12/2026 14:03" (the browser's locale wrote "5/12/2026").
 */
export function formatDateTimeVi(instant: string | number): string {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant)
  if (Number.isNaN(ms)) throw new RangeError('Invalid instant')
  const local = new Date(ms + 7 * 60 * 60 * 1000).toISOString()
  return `${formatDateVi(local.slice(0, 10))} ${local.slice(11, 16)}`
}
