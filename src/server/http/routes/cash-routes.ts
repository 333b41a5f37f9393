// Cash handover at the end of an event: a collector declares, a supervisor of the team confirms,
// and both see the declaration against what the server received (non-voided registrations).
import { Hono } from 'hono'
import { handoverConfirmSchema, handoverCreateSchema } from '../../../domain/index.ts'
import { requireAuth } from '../../auth/require-auth.ts'
import { requireRole } from '../../auth/require-role.ts'
import { confirmHandover, createHandover, listHandovers } from '../../store/cash-handover-store.ts'
import { findEvent } from '../../store/event-store.ts'
import { receiptCollisions } from '../../store/receipt-collisions.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { HttpError } from '../http-error.ts'
import { parseEventId } from '../query-params.ts'
import { readBody } from '../read-body.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function cashRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  // Anyone who collects declares their own handover: the staff id is the signed-in account, never the body's.
  app.post('/cash/handovers', requireAuth(deps), async (c) => {
    const body = await readBody(c, handoverCreateSchema)
    if (!(await findEvent(deps.db, body.eventId))) {
      throw new HttpError(404, 'not_found', 'Sự kiện không tồn tại')
    }
    return c.json(await createHandover(deps.db, c.get('user'), body, deps.now()), 201)
  })

  app.get('/cash/handovers', requireAuth(deps), async (c) => {
    const eventId = parseEventId(c.req.query('eventId'))
    if (eventId === undefined) throw new HttpError(400, 'invalid_request', 'Chọn sự kiện (eventId)')
    const user = c.get('user')
    return c.json({
      eventId,
      staff: await listHandovers(deps.db, user, eventId),
      // Old data may hold one receipt number twice (pushes now refuse a second use): flag it for the office.
      receiptCollisions: await receiptCollisions(deps.db, user, eventId),
    })
  })

  app.post(
    '/cash/handovers/:id/confirm',
    requireAuth(deps),
    requireRole('supervisor', 'admin'),
    async (c) => {
      const id = c.req.param('id')
      const body = await readBody(c, handoverConfirmSchema)
      const result = UUID.test(id)
        ? await confirmHandover(deps.db, c.get('user'), id, body, deps.now())
        : 'not_found'
      if (result === 'not_found') {
        throw new HttpError(404, 'not_found', 'Không tìm thấy bàn giao (hoặc không thuộc nhóm của bạn)')
      }
      if (result === 'own') {
        throw new HttpError(403, 'own_handover', 'Không thể tự xác nhận bàn giao tiền của chính mình')
      }
      return c.json(result)
    },
  )
  return app
}
