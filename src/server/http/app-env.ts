import type { Logger } from 'pino'
import type { RuleSet } from '../../domain/index.ts'
import type { AuthUser } from '../store/auth-user.ts'
import type { Db } from '../store/db.ts'

export interface AppDeps {
  db: Db
  logger: Logger
  now: () => Date
  sessionTtlMs: number
  rules: RuleSet
  /** Behind a reverse proxy: take the client address from its `X-Forwarded-For` (sign-in throttle). */
  trustProxy: boolean
}

export interface AppEnv {
  Variables: {
    requestId: string
    user: AuthUser
  }
}
