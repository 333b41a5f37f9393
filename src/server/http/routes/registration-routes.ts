import { Hono } from 'hono'
import {
  registrationQuerySchema,
  reviewBatchRequestSchema,
  reviewRequestSchema,
} from '../../../domain/index.ts'
import { requireAuth } from '../../auth/require-auth.ts'
import { requireRole } from '../../auth/require-role.ts'
import { decideReview } from '../../store/decide-review.ts'
import { findRegistration } from '../../store/find-registration.ts'
import { listRegistrations } from '../../store/list-registrations.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { HttpError } from '../http-error.ts'
import { readBody } from '../read-body.ts'
import { encodeListCursor } from './list-cursor.ts'
import { filterFromQuery, toListFilter } from './list-filter.ts'
import { reviewError } from './review-error.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const notFound = () => new HttpError(404, 'not_found', 'Không tìm thấy bản ghi')

export function registrationRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.use('/registrations/*', requireAuth(deps))
  app.use('/registrations', requireAuth(deps))

  const page = async (user: AppEnv['Variables']['user'], filter: ReturnType<typeof toListFilter>) => {
    const found = await listRegistrations(deps.db, user, filter)
    return { items: found.items, ...(found.next ? { cursor: encodeListCursor(found.next) } : {}) }
  }

  app.get('/registrations', async (c) =>
    c.json(await page(c.get('user'), toListFilter(filterFromQuery(c.req.query())))),
  )

  // Search by name or ID number: POST, so personal data stays out of URLs and logs.
  app.post('/registrations/search', async (c) =>
    c.json(await page(c.get('user'), toListFilter(await readBody(c, registrationQuerySchema)))),
  )

  app.post('/registrations/review-batch', requireRole('supervisor', 'admin'), async (c) => {
    const body = await readBody(c, reviewBatchRequestSchema)
    const user = c.get('user')
    const results = []
    // One transaction per item: a stale or flagged registration never holds back the others.
    for (const item of body.items) {
      const outcome = await decideReview(
        deps.db,
        user,
        { ...item, decision: body.decision, comment: body.comment, batch: true },
        deps.now(),
      )
      if (outcome.ok) {
        results.push({ id: item.id, revision: item.revision, status: 200, review: outcome.review })
      } else {
        const e = reviewError(outcome)
        results.push({
          id: item.id,
          revision: item.revision,
          status: e.status,
          error: {
            code: e.code,
            message: e.message,
            ...(e.details !== undefined ? { details: e.details } : {}),
          },
        })
      }
    }
    const ok = results.filter((r) => r.status === 200).length
    return c.json({ results, summary: { ok, failed: results.length - ok } })
  })

  app.get('/registrations/:id', async (c) => {
    const id = c.req.param('id')
    if (!UUID.test(id)) throw notFound()
    const detail = await findRegistration(deps.db, c.get('user'), id, deps.rules)
    if (!detail) throw notFound()
    return c.json(detail)
  })

  app.post('/registrations/:id/review', requireRole('supervisor', 'admin'), async (c) => {
    const id = c.req.param('id')
    if (!UUID.test(id)) throw notFound()
    const body = await readBody(c, reviewRequestSchema)
    const outcome = await decideReview(deps.db, c.get('user'), { id, ...body }, deps.now())
    if (!outcome.ok) throw reviewError(outcome)
    return c.json(outcome.review)
  })

  return app
}
