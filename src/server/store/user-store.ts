import { randomUUID } from 'node:crypto'
import type { UserCreate, UserPatch } from '../../domain/index.ts'
import { appendAudit } from './append-audit.ts'
import type { Role } from './auth-user.ts'
import type { Db } from './db.ts'
import { toIso } from './to-iso.ts'
import type { Account } from '../../domain/api/admin.ts'

/** An account as the API answers it (src/domain/api/admin.ts). */
export type UserView = Account

interface UserViewRow {
  id: string
  username: string
  display_name: string
  role: Role
  team_id: string | null
  disabled: boolean
  created_at: Date
}

const COLUMNS = 'id, username, display_name, role, team_id, disabled, created_at'

const PATCH_COLUMNS: Record<keyof UserPatch, string> = {
  displayName: 'display_name',
  role: 'role',
  teamId: 'team_id',
  disabled: 'disabled',
}

function toView(r: UserViewRow): UserView {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    teamId: r.team_id,
    disabled: r.disabled,
    createdAt: toIso(r.created_at),
  }
}

/** Every account, or one team's. */
export async function listUsers(db: Db, teamId?: string): Promise<UserView[]> {
  const rows =
    teamId === undefined
      ? await db.query<UserViewRow>(`SELECT ${COLUMNS} FROM users ORDER BY username`)
      : await db.query<UserViewRow>(`SELECT ${COLUMNS} FROM users WHERE team_id = $1 ORDER BY username`, [
          teamId,
        ])
  return rows.map(toView)
}

export async function findUser(db: Db, id: string): Promise<UserView | undefined> {
  const [row] = await db.query<UserViewRow>(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id])
  return row && toView(row)
}

export async function createUser(
  db: Db,
  input: Omit<UserCreate, 'password'> & { passwordHash: string },
  actorId: string,
  now: Date,
): Promise<UserView | 'username_taken'> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<UserViewRow>(
      `INSERT INTO users (id, username, password_hash, role, team_id, display_name, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (username) DO NOTHING RETURNING ${COLUMNS}`,
      [
        randomUUID(),
        input.username,
        input.passwordHash,
        input.role,
        input.teamId ?? null,
        input.displayName,
        now.toISOString(),
      ],
    )
    if (!row) return 'username_taken'
    await appendAudit(
      tx,
      {
        actorId,
        action: 'user.create',
        entity: 'user',
        entityId: row.id,
        detail: { role: row.role, teamId: row.team_id },
      },
      now,
    )
    return toView(row)
  })
}

/** Applies `patch`; disabling also revokes every session of the account, so it is out at once. */
export async function updateUser(
  db: Db,
  id: string,
  patch: UserPatch,
  actorId: string,
  now: Date,
): Promise<UserView | undefined> {
  const fields = (Object.keys(patch) as (keyof UserPatch)[]).filter((k) => patch[k] !== undefined)
  const params: unknown[] = [id]
  const sets = fields.map((k) => {
    params.push(patch[k])
    return `${PATCH_COLUMNS[k]} = $${params.length}`
  })
  return db.transaction(async (tx) => {
    const [row] = await tx.query<UserViewRow>(
      `UPDATE users SET ${sets.join(', ')} WHERE id = $1 RETURNING ${COLUMNS}`,
      params,
    )
    if (!row) return undefined
    if (patch.disabled === true) await revokeSessionsOf(tx, id, now)
    await appendAudit(
      tx,
      {
        actorId,
        action: 'user.update',
        entity: 'user',
        entityId: id,
        detail: {
          fields: fields.join(','),
          ...(patch.role !== undefined ? { role: patch.role } : {}),
          ...(patch.teamId !== undefined ? { teamId: patch.teamId } : {}),
          ...(patch.disabled !== undefined ? { disabled: patch.disabled } : {}),
        },
      },
      now,
    )
    return toView(row)
  })
}

/** A new password set by an admin; every session of the account ends at once. False when there is no such account. */
export async function resetPassword(
  db: Db,
  id: string,
  passwordHash: string,
  /** null: from the command line (src/server/cli/set-password.ts), not through the API. */
  actorId: string | null,
  now: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const rows = await tx.query('UPDATE users SET password_hash = $2 WHERE id = $1 RETURNING id', [
      id,
      passwordHash,
    ])
    if (rows.length === 0) return false
    const revoked = await revokeSessionsOf(tx, id, now)
    await appendAudit(
      tx,
      {
        actorId,
        action: 'user.password_reset',
        entity: 'user',
        entityId: id,
        detail: { sessionsRevoked: revoked },
      },
      now,
    )
    return true
  })
}

async function revokeSessionsOf(tx: Db, userId: string, now: Date): Promise<number> {
  const rows = await tx.query(
    'UPDATE sessions SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL RETURNING token_hash',
    [userId, now.toISOString()],
  )
  return rows.length
}
