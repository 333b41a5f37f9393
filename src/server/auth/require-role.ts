import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../http/app-env.ts'
import { HttpError } from '../http/http-error.ts'
import type { Role } from '../store/auth-user.ts'

/** 403 unless the signed-in account has one of `roles`. Use after requireAuth. */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!roles.includes(c.get('user').role)) {
      throw new HttpError(403, 'forbidden', 'Tài khoản của bạn không có quyền làm việc này')
    }
    await next()
  }
}
