import type { MiddlewareHandler } from 'hono'
import type { AppDeps, AppEnv } from '../http/app-env.ts'
import { HttpError } from '../http/http-error.ts'
import { findSessionUser } from '../store/session-store.ts'
import { hashSessionToken } from './session-token.ts'

/** Loads the signed-in account into `c.var.user`; 401 for a missing, unknown, expired or revoked token or a disabled account. */
export function requireAuth(deps: Pick<AppDeps, 'db' | 'now'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = bearerToken(c.req.header('Authorization'))
    const found = token ? await findSessionUser(deps.db, hashSessionToken(token), deps.now()) : undefined
    if (!found) {
      c.header('WWW-Authenticate', 'Bearer')
      throw new HttpError(
        401,
        'unauthorized',
        'Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.',
      )
    }
    c.set('user', found.user)
    await next()
  }
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header ?? '')
  return match?.[1]
}
