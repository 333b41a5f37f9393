import type { AuthUser, UserRow } from './auth-user.ts'
import { toAuthUser } from './auth-user.ts'
import { appendAudit } from './append-audit.ts'
import type { Db } from './db.ts'

export interface UserWithHash extends UserRow {
  password_hash: string
  disabled: boolean
}

export async function findUserByUsername(db: Db, username: string): Promise<UserWithHash | undefined> {
  const [row] = await db.query<UserWithHash>(
    'SELECT id, username, role, display_name, team_id, password_hash, disabled FROM users WHERE username = $1',
    [username],
  )
  return row
}

export async function insertSession(
  db: Db,
  s: { tokenHash: string; userId: string; createdAt: Date; expiresAt: Date },
): Promise<void> {
  await db.query(
    'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
    [s.tokenHash, s.userId, s.createdAt.toISOString(), s.expiresAt.toISOString()],
  )
}

/** The account behind a live token: not expired, not revoked, not disabled. */
export async function findSessionUser(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<{ user: AuthUser; expiresAt: Date } | undefined> {
  const [row] = await db.query<UserRow & { expires_at: Date }>(
    `SELECT u.id, u.username, u.role, u.display_name, u.team_id, s.expires_at
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND NOT u.disabled`,
    [tokenHash, now.toISOString()],
  )
  return row && { user: toAuthUser(row), expiresAt: new Date(row.expires_at) }
}

export async function revokeSession(db: Db, tokenHash: string, now: Date): Promise<void> {
  await db.query('UPDATE sessions SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL', [
    tokenHash,
    now.toISOString(),
  ])
}

/**
 * Revokes every live session (or those of one account) at once, audited as `session.revoke` with the count.
 * For the command line after a suspected leak; the API revokes per token, per password reset or per account.
 */
export async function revokeLiveSessions(db: Db, scope: { userId?: string }, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const params: unknown[] = [now.toISOString()]
    if (scope.userId) params.push(scope.userId)
    const rows = await tx.query(
      `UPDATE sessions SET revoked_at = $1
        WHERE revoked_at IS NULL AND expires_at > $1${scope.userId ? ' AND user_id = $2' : ''}
        RETURNING token_hash`,
      params,
    )
    await appendAudit(
      tx,
      {
        actorId: null,
        action: 'session.revoke',
        entity: scope.userId ? 'user' : 'session',
        entityId: scope.userId ?? null,
        detail: { scope: scope.userId ? 'user' : 'all', revoked: rows.length },
      },
      now,
    )
    return rows.length
  })
}
