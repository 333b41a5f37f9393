import { Hono } from 'hono'
import { requireAuth } from '../../auth/require-auth.ts'
import { requireRole } from '../../auth/require-role.ts'
import { tallyRegistrations } from '../../store/tally-registrations.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { HttpError } from '../http-error.ts'
import { parseEventId } from '../query-params.ts'

/** A calendar day in Vietnam (UTC+7, no DST) → the instant it starts; `+1` the next day's start. */
function dayStart(value: string | undefined, plusDays = 0): string | undefined {
  if (value === undefined || value === '') return undefined
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new HttpError(400, 'invalid_request', 'Ngày phải có dạng YYYY-MM-DD')
  }
  return new Date(Date.parse(`${value}T00:00:00+07:00`) + plusDays * 86_400_000).toISOString()
}

export function reportRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.get('/reports/tally', requireAuth(deps), requireRole('supervisor', 'admin'), async (c) => {
    const tally = await tallyRegistrations(deps.db, c.get('user'), {
      eventId: parseEventId(c.req.query('eventId')),
      fromInstant: dayStart(c.req.query('from')),
      toInstant: dayStart(c.req.query('to'), 1),
    })
    return c.json(tally)
  })
  return app
}
