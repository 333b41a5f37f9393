import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** An expected failure at the HTTP edge: becomes `{ error: { code, message, details? } }` with `status`. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'HttpError'
  }
}
