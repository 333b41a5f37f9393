import { Hono } from 'hono'
import { teamCreateSchema } from '../../../domain/index.ts'
import { requireAuth } from '../../auth/require-auth.ts'
import { requireRole } from '../../auth/require-role.ts'
import { createTeam, listTeams } from '../../store/team-store.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { HttpError } from '../http-error.ts'
import { readBody } from '../read-body.ts'

export function teamRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.get('/teams', requireAuth(deps), requireRole('supervisor', 'admin'), async (c) =>
    c.json(await listTeams(deps.db)),
  )
  app.post('/teams', requireAuth(deps), requireRole('admin'), async (c) => {
    const body = await readBody(c, teamCreateSchema)
    const team = await createTeam(deps.db, body, c.get('user').id, deps.now())
    if (team === 'team_exists') throw new HttpError(409, 'team_exists', 'Mã tổ này đã có')
    return c.json(team, 201)
  })
  return app
}
