import { Hono } from 'hono'
import { reviewRequestSchema } from '../../../domain/index.ts'
import { requireAuth } from '../../auth/require-auth.ts'
import { requireRole } from '../../auth/require-role.ts'
import { decideReview } from '../../store/decide-review.ts'
import { findRegistration } from '../../store/find-registration.ts'
import { listRegistrations } from '../../store/list-registrations.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { HttpError } from '../http-error.ts'
import { parseEventId, parseStatus } from '../query-params.ts'
import { readBody } from '../read-body.ts'
import { decodeListCursor, encodeListCursor } from './list-cursor.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

const notFound = () => new HttpError(404, 'not_found', 'Không tìm thấy bản ghi')

export function registrationRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.use('/registrations/*', requireAuth(deps))
  app.use('/registrations', requireAuth(deps))

  app.get('/registrations', async (c) => {
    const cursor = c.req.query('cursor')
    const page = await listRegistrations(deps.db, c.get('user'), {
      status: parseStatus(c.req.query('status')),
      eventId: parseEventId(c.req.query('eventId')),
      after: cursor ? decodeListCursor(cursor) : undefined,
    })
    return c.json({ items: page.items, ...(page.next ? { cursor: encodeListCursor(page.next) } : {}) })
  })

  app.get('/registrations/:id', async (c) => {
    const id = c.req.param('id')
    if (!UUID.test(id)) throw notFound()
    const detail = await findRegistration(deps.db, c.get('user'), id)
    if (!detail) throw notFound()
    return c.json(detail)
  })

  app.post('/registrations/:id/review', requireRole('supervisor', 'admin'), async (c) => {
    const id = c.req.param('id')
    if (!UUID.test(id)) throw notFound()
    const body = await readBody(c, reviewRequestSchema)
    const outcome = await decideReview(deps.db, c.get('user'), { id, ...body }, deps.now())
    if (outcome.ok) return c.json(outcome.review)
    switch (outcome.reason) {
      case 'not_found':
        throw notFound()
      case 'own_registration':
        throw new HttpError(403, 'own_registration', 'Không thể tự duyệt bản ghi do chính mình thu')
      case 'stale_revision':
        throw new HttpError(
          409,
          'stale_revision',
          'Bản ghi đã có phiên bản mới hơn. Hãy tải lại rồi duyệt.',
          {
            latestRevision: outcome.latestRevision,
          },
        )
      case 'not_pending':
        throw new HttpError(409, 'not_pending', 'Bản ghi này đã được xử lý', { status: outcome.status })
    }
  })

  return app
}
