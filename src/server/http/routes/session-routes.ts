import { Hono } from 'hono'
import { z } from 'zod'
import { dummyPasswordHash, verifyPassword } from '../../auth/password-hash.ts'
import { bearerToken, requireAuth } from '../../auth/require-auth.ts'
import { hashSessionToken, newSessionToken } from '../../auth/session-token.ts'
import { SignInThrottle } from '../../auth/sign-in-throttle.ts'
import { appendAudit } from '../../store/append-audit.ts'
import { toAuthUser } from '../../store/auth-user.ts'
import { findUserByUsername, insertSession, revokeSession } from '../../store/session-store.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { clientAddress } from '../client-address.ts'
import { HttpError } from '../http-error.ts'
import { readBody } from '../read-body.ts'

const signInSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
})

function formatWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000)
  return seconds < 60 ? `${seconds} giây` : `${Math.ceil(seconds / 60)} phút`
}

export function sessionRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  // Growing delays per (username, address), per username and per address; see SignInThrottle.
  const throttle = new SignInThrottle()

  app.post('/session', async (c) => {
    const body = await readBody(c, signInSchema)
    const username = body.username.toLowerCase()
    const address = clientAddress(c, deps.trustProxy)
    const now = deps.now()
    const attempt = throttle.begin(username, address, now)
    if (!attempt.allowed) {
      c.header('Retry-After', String(Math.ceil(attempt.retryAfterMs / 1000)))
      throw new HttpError(
        429,
        'too_many_attempts',
        `Sai mật khẩu nhiều lần: vui lòng chờ ${formatWait(attempt.retryAfterMs)} rồi thử lại.`,
      )
    }
    // The attempt is already counted as a failure; only a right password takes it back.
    const row = await findUserByUsername(deps.db, username)
    // Always run scrypt, so an unknown username takes as long as a wrong password.
    const ok = await verifyPassword(body.password, row?.password_hash ?? (await dummyPasswordHash()))
    if (!row || !ok || row.disabled) {
      attempt.failed()
      // Only for an existing account: an unknown username names nobody to audit against.
      if (row) {
        await appendAudit(
          deps.db,
          {
            actorId: null,
            action: 'session.denied',
            entity: 'user',
            entityId: row.id,
            detail: { reason: row.disabled ? 'disabled' : 'password' },
          },
          now,
        )
      }
      throw new HttpError(401, 'invalid_credentials', 'Sai tên đăng nhập hoặc mật khẩu')
    }
    attempt.succeeded()
    const token = newSessionToken()
    const expiresAt = new Date(now.getTime() + deps.sessionTtlMs)
    await deps.db.transaction(async (tx) => {
      await insertSession(tx, {
        tokenHash: hashSessionToken(token),
        userId: row.id,
        createdAt: now,
        expiresAt,
      })
      await appendAudit(
        tx,
        { actorId: row.id, action: 'session.create', entity: 'session', entityId: row.id },
        now,
      )
    })
    const user = toAuthUser(row)
    return c.json({
      token,
      user: {
        id: user.id,
        username: user.username,
        role: user.role,
        displayName: user.displayName,
        teamId: user.teamId,
      },
      expiresAt: expiresAt.toISOString(),
    })
  })

  app.get('/session', requireAuth(deps), (c) => c.json({ user: c.get('user') }))

  app.delete('/session', requireAuth(deps), async (c) => {
    const token = bearerToken(c.req.header('Authorization'))
    const now = deps.now()
    const user = c.get('user')
    await deps.db.transaction(async (tx) => {
      if (token) await revokeSession(tx, hashSessionToken(token), now)
      await appendAudit(
        tx,
        { actorId: user.id, action: 'session.revoke', entity: 'session', entityId: user.id },
        now,
      )
    })
    return c.body(null, 204)
  })

  return app
}
