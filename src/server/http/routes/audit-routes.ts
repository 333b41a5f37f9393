import { Hono } from 'hono'
import { auditQuerySchema } from '../../../domain/index.ts'
import { requireAuth } from '../../auth/require-auth.ts'
import { requireRole } from '../../auth/require-role.ts'
import { listAudit } from '../../store/list-audit.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { HttpError } from '../http-error.ts'
import { isBigintText, isCalendarDay } from '../query-params.ts'
import { parseWith } from '../read-body.ts'

/** Read-only: the audit log has no write, edit or delete route, and the table refuses them anyway. */
export function auditRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.get('/audit', requireAuth(deps), requireRole('admin'), async (c) => {
    const present = Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== ''))
    const query = parseWith(auditQuerySchema, present)
    // What the schema lets through but PostgreSQL would refuse (a 500): year 0, a cursor past bigint.
    const bad = [
      ...(['from', 'to'] as const).filter((k) => query[k] !== undefined && !isCalendarDay(query[k])),
      ...(query.cursor !== undefined && !isBigintText(query.cursor) ? ['cursor'] : []),
    ]
    if (bad.length > 0) {
      throw new HttpError(400, 'invalid_request', 'Dữ liệu không hợp lệ', {
        issues: bad.map((path) => ({ path, code: 'out_of_range', message: 'Giá trị ngoài khoảng cho phép' })),
      })
    }
    return c.json(await listAudit(deps.db, query))
  })
  return app
}
