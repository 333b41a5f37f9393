import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import {
  MAX_PUSH_BATCH,
  MAX_PUSH_BYTES,
  pushRequestSchema,
  type PushResponse,
} from '../../../domain/index.ts'
import { requireAuth } from '../../auth/require-auth.ts'
import { appendAudit } from '../../store/append-audit.ts'
import { eventIds } from '../../store/event-store.ts'
import { pullChanges } from '../../store/pull-changes.ts'
import { noteRegistrationsStored } from '../../store/keep-statistics.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { errorBody } from '../error-body.ts'
import { HttpError } from '../http-error.ts'
import { isBigintText } from '../query-params.ts'
import { parseWith, readJson } from '../read-body.ts'
import { requireKnownProtocol } from '../require-known-protocol.ts'
import { requireOwnDevice } from '../require-own-device.ts'
import { pushOne } from './push-one.ts'

export function syncRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.use('/sync/*', requireKnownProtocol)

  app.post(
    '/sync/push',
    requireAuth(deps),
    bodyLimit({
      maxSize: MAX_PUSH_BYTES,
      onError: (c) =>
        c.json(
          errorBody('payload_too_large', 'Gói dữ liệu quá lớn (tối đa 5 MB): hãy gửi ít bản ghi hơn'),
          413,
        ),
    }),
    async (c) => {
      const raw = await readJson(c)
      const list = (raw as { registrations?: unknown } | null)?.registrations
      if (Array.isArray(list) && list.length > MAX_PUSH_BATCH) {
        throw new HttpError(413, 'batch_too_large', `Tối đa ${MAX_PUSH_BATCH} bản ghi mỗi lần gửi`, {
          max: MAX_PUSH_BATCH,
          received: list.length,
        })
      }
      const envelope = parseWith(pushRequestSchema, raw)
      const user = c.get('user')
      const devices = await requireOwnDevice(deps.db, user.id, envelope.deviceId)
      const ctx = { deps, user, devices, events: await eventIds(deps.db) }
      const results: Awaited<ReturnType<typeof pushOne>>[] = []
      // One at a time, in request order: each registration is its own transaction. A phone that gave up
      // waiting (closed the connection) gets no answer: stop between registrations, the safe point, and
      // let its retry send the rest. What was stored stays stored; the retry is answered `duplicate`.
      const gone = c.req.raw.signal
      for (const item of envelope.registrations) {
        if (gone.aborted) break
        results.push(await pushOne(ctx, item))
      }
      // Each stored revision is audited with its registration; this records the whole answer, rejected and
      // conflicting items included (counts only: their content may be anything).
      const count = (status: string) => results.filter((r) => r.status === status).length
      await appendAudit(
        deps.db,
        {
          actorId: user.id,
          action: 'sync.push',
          entity: 'device',
          entityId: envelope.deviceId.toLowerCase(),
          detail: {
            received: results.length,
            accepted: count('accepted'),
            duplicate: count('duplicate'),
            rejected: count('rejected'),
            conflict: count('conflict'),
          },
        },
        deps.now(),
      )
      await noteRegistrationsStored(deps.db, count('accepted'))
      const body: PushResponse = { results, serverTime: deps.now().toISOString() }
      return c.json(body)
    },
  )

  app.get('/sync/pull', requireAuth(deps), async (c) => {
    const cursor = c.req.query('cursor') ?? ''
    if (cursor !== '' && !isBigintText(cursor))
      throw new HttpError(400, 'invalid_cursor', 'Con trỏ đồng bộ không hợp lệ')
    return c.json(await pullChanges(deps.db, c.get('user').id, BigInt(cursor || '0')))
  })

  return app
}
