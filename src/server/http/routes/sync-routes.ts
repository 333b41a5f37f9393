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
import {
  checkPushItem,
  saveOne,
  type CheckedItem,
  type PushContext,
  type PushItemResult,
} from './push-one.ts'
import { saveNewBatch } from '../../store/save-new-batch.ts'

/**
 * The new registrations of a push stored together (save-new-batch.ts). If a transaction of it fails for any
 * reason, nothing of that one was stored, and every registration not stored goes the one-at-a-time way,
 * which decides each on its own: the set-based path is only ever a shortcut. Only the SQLSTATE is logged
 * (a message may quote a value).
 */
async function saveNewTogether(
  ctx: PushContext,
  checked: readonly CheckedItem[],
  signal: AbortSignal,
): Promise<Set<string>> {
  const registrations = checked.flatMap((item) => (item.ok ? [item.registration] : []))
  const { stored, error } = await saveNewBatch(ctx.deps.db, registrations, ctx.user, ctx.deps.now(), signal)
  if (error !== undefined) {
    ctx.deps.logger.warn({ code: sqlStateOf(error) }, 'set-based push fell back')
  }
  return stored
}

/** Records checked between two turns of the event loop (a 500-record check is ~150 ms of JavaScript). */
const YIELD_EVERY = 20

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
      const results: PushItemResult[] = []
      // Checked first, each on its own, so one bad record never holds back the others. Registrations the
      // server has never seen are then stored together (save-new-batch.ts); the rest one at a time, in
      // request order, each in its own transaction. A phone that gave up waiting (closed the connection)
      // gets no answer: stop between registrations, the safe point, and let its retry send the rest. What
      // was stored stays stored; the retry is answered `duplicate`.
      const gone = c.req.raw.signal
      const checked: CheckedItem[] = []
      for (const item of envelope.registrations) {
        // Checking is plain JavaScript on the main thread: let other requests in every few records.
        if (checked.length % YIELD_EVERY === YIELD_EVERY - 1) await new Promise(setImmediate)
        checked.push(checkPushItem(ctx, item))
      }
      const storedTogether = await saveNewTogether(ctx, checked, gone)
      for (const item of checked) {
        if (!item.ok) results.push(item.result)
        else if (storedTogether.has(item.registration.id))
          results.push({ id: item.id, revision: item.revision, status: 'accepted' })
        else if (gone.aborted) break
        else results.push(await saveOne(ctx, item))
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
      // The registrations are stored: statistics that could not be refreshed must not fail the answer.
      await noteRegistrationsStored(deps.db, count('accepted')).catch((e: unknown) =>
        deps.logger.warn({ code: sqlStateOf(e) }, 'statistics not refreshed'),
      )
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

/** A database error's SQLSTATE, for a log line: never its message, which may quote the data. */
function sqlStateOf(error: unknown): string | undefined {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
  return typeof code === 'string' ? code : undefined
}
