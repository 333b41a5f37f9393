import { reviewStatuses, type ReviewStatus } from '../../domain/index.ts'
import { HttpError } from './http-error.ts'

// Query-string filters shared by the list, report and export routes: absent or empty means "no filter".

export function parseStatus(value: string | undefined): ReviewStatus | undefined {
  if (value === undefined || value === '') return undefined
  if (!(reviewStatuses as readonly string[]).includes(value)) {
    throw new HttpError(400, 'invalid_request', 'Trạng thái không hợp lệ', { allowed: reviewStatuses })
  }
  return value as ReviewStatus
}

export function parseEventId(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined
  if (value.length > 64) throw new HttpError(400, 'invalid_request', 'Mã sự kiện không hợp lệ')
  return value
}

/**
 * A real calendar day `YYYY-MM-DD` from 1900 on. `0000-01-01` passes a format check and Date.parse but not
 * PostgreSQL, which would fail the query as a 500.
 */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < '1900-01-01') return false
  const day = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value
}

// Date.parse rolls impossible days over (2026-02-30 is read as 2026-03-02); PostgreSQL refuses them, so every
// timestamp from a client is checked field by field: a real calendar day, 00:00..23:59:59, an offset ≤ 15:59.
const ISO_INSTANT =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-5]):[0-5]\d)$/

/** An ISO-8601 instant with a real calendar day (from 1900), a real time of day and an offset. */
export function isIsoInstant(value: string): boolean {
  const m = ISO_INSTANT.exec(value)
  return m !== null && isCalendarDay(m[1] ?? '') && !Number.isNaN(Date.parse(value))
}

const MAX_BIGINT = 9_223_372_036_854_775_807n

/** Decimal digits that fit PostgreSQL's bigint (a 19-digit cursor can overflow it). */
export function isBigintText(value: string): boolean {
  return /^\d{1,19}$/.test(value) && BigInt(value) <= MAX_BIGINT
}
