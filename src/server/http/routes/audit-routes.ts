import { Hono } from 'hono'
import { auditQuerySchema } from '../../../domain/index.ts'
import { requireAuth } from '../../auth/require-auth.ts'
import { requireRole } from '../../auth/require-role.ts'
import { listAudit } from '../../store/list-audit.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { parseWith } from '../read-body.ts'

/** Read-only: the audit log has no write, edit or delete route, and the table refuses them anyway. */
export function auditRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.get('/audit', requireAuth(deps), requireRole('admin'), async (c) => {
    const present = Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''))
    return c.json(await listAudit(deps.db, parseWith(auditQuerySchema, present)))
  })
  return app
}
