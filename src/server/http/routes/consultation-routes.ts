// People advised: a phone pushes the consultations it recorded (POST /api/sync/consultations, idempotent by
// id, each entry checked on its own); the office lists the follow-ups due (GET /api/consultations/follow-ups).
import { Hono } from 'hono'
import type { ConsultationPushResponse, ConsultationResult } from '../../../domain/api/consultations.ts'
import { MAX_CONSULTATION_BATCH } from '../../../domain/api/consultations.ts'
import { consultationPushSchema } from '../../../domain/api/consultation-push-request.ts'
import { consultationSchema } from '../../../domain/consultation/consultation-schema.ts'
import { vietnamDate } from '../../../domain/registration/local-date.ts'
import { vietnameseZodError } from '../../../domain/registration/vietnamese-zod-error.ts'
import { zodIssuesToFieldIssues } from '../../../domain/registration/check-registration.ts'
import type { FieldIssue } from '../../../domain/registration/field-issue.ts'
import { requireAuth } from '../../auth/require-auth.ts'
import { requireRole } from '../../auth/require-role.ts'
import { appendAudit } from '../../store/append-audit.ts'
import { listFollowUps, storeConsultation } from '../../store/consultation-store.ts'
import { eventIds } from '../../store/event-store.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { HttpError } from '../http-error.ts'
import { requireOwnDevice } from '../require-own-device.ts'
import { isCalendarDay, parseEventId } from '../query-params.ts'
import { parseWith, readJson } from '../read-body.ts'
import { findUnstorableText, UNSTORABLE_TEXT_MESSAGE } from '../unstorable-text.ts'

export function consultationRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.post('/sync/consultations', requireAuth(deps), async (c) => {
    const raw = await readJson(c)
    const list = (raw as { consultations?: unknown } | null)?.consultations
    if (Array.isArray(list) && list.length > MAX_CONSULTATION_BATCH) {
      throw new HttpError(
        413,
        'batch_too_large',
        `Tối đa ${MAX_CONSULTATION_BATCH} lượt tư vấn mỗi lần gửi`,
        {
          max: MAX_CONSULTATION_BATCH,
          received: list.length,
        },
      )
    }
    const envelope = parseWith(consultationPushSchema, raw)
    const user = c.get('user')
    await requireOwnDevice(deps.db, user.id, envelope.deviceId)
    const events = await eventIds(deps.db)
    const results: ConsultationResult[] = []
    for (const item of envelope.consultations) {
      const id = typeof (item as { id?: unknown } | null)?.id === 'string' ? (item as { id: string }).id : ''
      const rejected = (errors: FieldIssue[]) => results.push({ id, status: 'rejected', errors })
      const unstorable = findUnstorableText(item)
      if (unstorable !== undefined) {
        rejected([{ path: unstorable, code: 'invalid', message: UNSTORABLE_TEXT_MESSAGE }])
        continue
      }
      const parsed = consultationSchema.safeParse(item, { error: vietnameseZodError, reportInput: true })
      if (!parsed.success) {
        rejected(zodIssuesToFieldIssues(parsed.error.issues))
        continue
      }
      const one = parsed.data
      const errors: FieldIssue[] = []
      if (!events.has(one.eventId))
        errors.push({ path: 'eventId', code: 'unknown_code', message: 'Sự kiện không tồn tại trên máy chủ' })
      if (one.deviceId.toLowerCase() !== envelope.deviceId.toLowerCase())
        errors.push({ path: 'deviceId', code: 'invalid', message: 'Lượt tư vấn của thiết bị khác' })
      if (errors.length > 0) {
        rejected(errors)
        continue
      }
      results.push({ id: one.id, status: await storeConsultation(deps.db, user, one, deps.now()) })
    }
    const count = (status: string) => results.filter((r) => r.status === status).length
    await appendAudit(
      deps.db,
      {
        actorId: user.id,
        action: 'sync.consultations',
        entity: 'device',
        entityId: envelope.deviceId.toLowerCase(),
        detail: { received: results.length, accepted: count('accepted'), rejected: count('rejected') },
      },
      deps.now(),
    )
    const body: ConsultationPushResponse = { results }
    return c.json(body)
  })

  app.get('/consultations/follow-ups', requireAuth(deps), requireRole('supervisor', 'admin'), async (c) => {
    const dueBy = c.req.query('dueBy') || vietnamDate(deps.now().toISOString())
    if (!isCalendarDay(dueBy)) throw new HttpError(400, 'invalid_request', 'Ngày phải có dạng YYYY-MM-DD')
    const eventId = parseEventId(c.req.query('eventId'))
    return c.json({ dueBy, followUps: await listFollowUps(deps.db, c.get('user'), { dueBy, eventId }) })
  })

  return app
}
