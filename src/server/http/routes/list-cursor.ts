import { HttpError } from '../http-error.ts'
import { isIsoInstant } from '../query-params.ts'

// The list cursor is opaque to clients: base64url of [collectedAt, id]. It holds no personal data.
export function encodeListCursor(pos: { collectedAt: string; id: string }): string {
  return Buffer.from(JSON.stringify([pos.collectedAt, pos.id])).toString('base64url')
}

export function decodeListCursor(cursor: string): { collectedAt: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (
      Array.isArray(value) &&
      typeof value[0] === 'string' &&
      // A timestamp and a UUID PostgreSQL accepts: "0000-01-01", "2026-02-30" or 36 dashes would fail the
      // query as a 500.
      isIsoInstant(value[0]) &&
      typeof value[1] === 'string' &&
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value[1])
    ) {
      return { collectedAt: value[0], id: value[1] }
    }
  } catch {
    // fall through
  }
  throw new HttpError(400, 'invalid_cursor', 'Con trỏ phân trang không hợp lệ')
}
