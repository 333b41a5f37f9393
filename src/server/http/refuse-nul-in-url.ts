import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from './app-env.ts'
import { errorBody } from './error-body.ts'

/**
 * 400 for a NUL (`%00`) anywhere in the path or query: PostgreSQL refuses it in text, so an id or filter holding
 * one would otherwise fail in the database as a 500.
 */
export function refuseNulInUrl(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (/%00/i.test(c.req.url) || c.req.url.includes('\u0000')) {
      return c.json(errorBody('invalid_request', 'Địa chỉ có ký tự không hợp lệ'), 400)
    }
    return next()
  }
}
