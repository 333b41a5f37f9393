import { Hono } from 'hono'
import { eventInputSchema, eventPatchSchema } from '../../../domain/index.ts'
import { requireAuth } from '../../auth/require-auth.ts'
import { requireRole } from '../../auth/require-role.ts'
import type { AuthUser } from '../../store/auth-user.ts'
import type { Db } from '../../store/db.ts'
import { createEvent, findEvent, listEvents, teamExists, updateEvent } from '../../store/event-store.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { HttpError } from '../http-error.ts'
import { readBody } from '../read-body.ts'

export function eventRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.get('/events', requireAuth(deps), async (c) => c.json(await listEvents(deps.db)))

  app.post('/events', requireAuth(deps), requireRole('supervisor', 'admin'), async (c) => {
    const body = await readBody(c, eventInputSchema)
    await checkTeam(deps.db, c.get('user'), body.teamId)
    return c.json(await createEvent(deps.db, body, c.get('user').id, deps.now()), 201)
  })

  app.patch('/events/:id', requireAuth(deps), requireRole('supervisor', 'admin'), async (c) => {
    const id = c.req.param('id')
    const body = await readBody(c, eventPatchSchema)
    const user = c.get('user')
    const event = await findEvent(deps.db, id)
    if (!event) throw new HttpError(404, 'not_found', 'Không tìm thấy sự kiện')
    // A supervisor edits only their own team's events and keeps them in the team. An office-wide event is the
    // admin's: a supervisor could otherwise hand it to their team and lock every other team out of it.
    if (user.role === 'supervisor') {
      if (event.teamId === null) {
        throw new HttpError(403, 'forbidden', 'Sự kiện chung của văn phòng: chỉ quản trị viên được sửa')
      }
      if (event.teamId !== user.teamId) throw new HttpError(403, 'forbidden', 'Sự kiện này thuộc tổ khác')
      if (body.teamId === null) {
        throw new HttpError(403, 'forbidden', 'Chỉ quản trị viên chuyển sự kiện thành sự kiện chung')
      }
    }
    await checkTeam(deps.db, user, body.teamId)
    const startsOn = body.startsOn ?? event.startsOn
    const endsOn = body.endsOn ?? event.endsOn
    if (endsOn < startsOn) {
      throw new HttpError(400, 'invalid_request', 'Dữ liệu không hợp lệ', {
        issues: [{ path: 'endsOn', code: 'invalid', message: 'Ngày kết thúc phải sau ngày bắt đầu' }],
      })
    }
    const updated = await updateEvent(deps.db, id, body, user.id, deps.now())
    if (!updated) throw new HttpError(404, 'not_found', 'Không tìm thấy sự kiện')
    return c.json(updated)
  })
  return app
}

async function checkTeam(db: Db, user: AuthUser, teamId: string | null | undefined): Promise<void> {
  if (teamId === undefined || teamId === null) return
  if (user.role === 'supervisor' && teamId !== user.teamId) {
    throw new HttpError(403, 'forbidden', 'Tổ trưởng chỉ giao sự kiện cho tổ của mình')
  }
  if (!(await teamExists(db, teamId))) {
    throw new HttpError(400, 'invalid_request', 'Dữ liệu không hợp lệ', {
      issues: [{ path: 'teamId', code: 'unknown_code', message: 'Không có tổ này' }],
    })
  }
}
