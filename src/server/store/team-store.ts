import { randomUUID } from 'node:crypto'
import type { TeamCreate } from '../../domain/index.ts'
import { appendAudit } from './append-audit.ts'
import type { Db } from './db.ts'
import type { Team } from '../../domain/api/admin.ts'

/** A team as the API answers it (src/domain/api/admin.ts). */
export type TeamView = Team

export async function listTeams(db: Db): Promise<TeamView[]> {
  return db.query<TeamView>(
    `SELECT t.id, t.name, (SELECT count(*)::int FROM users u WHERE u.team_id = t.id) AS members
       FROM teams t ORDER BY t.name, t.id`,
  )
}

export async function createTeam(
  db: Db,
  input: TeamCreate,
  actorId: string,
  now: Date,
): Promise<TeamView | 'team_exists'> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: string; name: string }>(
      `INSERT INTO teams (id, name, created_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING RETURNING id, name`,
      [input.id ?? `team-${randomUUID().slice(0, 8)}`, input.name, now.toISOString()],
    )
    if (!row) return 'team_exists'
    await appendAudit(tx, { actorId, action: 'team.create', entity: 'team', entityId: row.id }, now)
    return { ...row, members: 0 }
  })
}
