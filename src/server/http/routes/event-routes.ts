import { Hono } from 'hono'
import { z } from 'zod'
import { requireAuth } from '../../auth/require-auth.ts'
import { requireRole } from '../../auth/require-role.ts'
import { createEvent, eventKinds, listEvents } from '../../store/event-store.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { readBody } from '../read-body.ts'

const isoDate = z.iso.date({ message: 'Ngày phải có dạng YYYY-MM-DD' })

// TODO(#3): move to src/domain/event/ when the app needs to validate events offline.
export const eventInputSchema = z
  .object({
    name: z.string().trim().min(2).max(200),
    kind: z.enum(eventKinds, { message: 'Loại sự kiện không hợp lệ' }),
    startsOn: isoDate,
    endsOn: isoDate,
    provinceCode: z.string().regex(/^\d{2}$/, { message: 'Mã tỉnh gồm 2 chữ số' }),
    commune: z.string().trim().min(1).max(100),
  })
  .refine((e) => e.endsOn >= e.startsOn, { message: 'Ngày kết thúc phải sau ngày bắt đầu', path: ['endsOn'] })

export function eventRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.get('/events', requireAuth(deps), async (c) => c.json(await listEvents(deps.db)))
  app.post('/events', requireAuth(deps), requireRole('supervisor', 'admin'), async (c) => {
    const body = await readBody(c, eventInputSchema)
    return c.json(await createEvent(deps.db, body, c.get('user').id, deps.now()), 201)
  })
  return app
}
