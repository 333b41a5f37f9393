import type { AuthUser, UserRow } from './auth-user.ts'
import { toAuthUser } from './auth-user.ts'
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
