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
