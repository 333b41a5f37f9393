import { Hono } from 'hono'
import type { TallyAnswer } from '../../../domain/api/reports.ts'
import { requireAuth } from '../../auth/require-auth.ts'
import { requireRole } from '../../auth/require-role.ts'
import { tallyApproved } from '../../store/tally-records.ts'
import { advisedRecords } from '../../store/consultation-store.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { HttpError } from '../http-error.ts'
import { isCalendarDay, parseEventId } from '../query-params.ts'

function parseDay(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined
  if (!isCalendarDay(value)) {
    throw new HttpError(400, 'invalid_request', 'Ngày phải có dạng YYYY-MM-DD')
  }
  return value
}

export function reportRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  // The contract's six figures at the top level; stateSupportVnd, the breakdowns and names are extensions.
  app.get('/reports/tally', requireAuth(deps), requireRole('supervisor', 'admin'), async (c) => {
    const scope = {
      eventId: parseEventId(c.req.query('eventId')),
      from: parseDay(c.req.query('from')),
      to: parseDay(c.req.query('to')),
    }
    const user = c.get('user')
    const tally = await tallyApproved(
      deps.db,
      user,
      scope,
      deps.rules,
      await advisedRecords(deps.db, user, { to: scope.to }),
    )
    const answer: TallyAnswer = {
      ...tally.totals,
      byEvent: tally.byEvent,
      byDay: tally.byDay,
      byCommune: tally.byCommune,
      byStaff: tally.byStaff,
      names: tally.names,
      ...(tally.recalculating ? { recalculating: true } : {}),
    }
    return c.json(answer)
  })
  return app
}
