import {
  checkRegistration,
  type FieldIssue,
  type PushResult,
  type Registration,
} from '../../../domain/index.ts'
import type { AuthUser } from '../../store/auth-user.ts'
import { savePushedRegistration } from '../../store/save-pushed-registration.ts'
import type { AppDeps } from '../app-env.ts'
import { findUnstorableText, UNSTORABLE_TEXT_MESSAGE } from '../unstorable-text.ts'

export interface PushContext {
  deps: AppDeps
  user: AuthUser
  devices: ReadonlySet<string>
  events: ReadonlySet<string>
}

export type PushItemResult = PushResult & { reason?: string }

/** A pushed item checked on its own: the registration to store, or the answer `rejected` with why. */
export type CheckedItem =
  | { ok: true; id: string; revision: number; registration: Registration }
  | { ok: false; result: PushItemResult }

/**
 * One registration of a push batch, checked on its own, without the database: shape, rules, unstorable text,
 * known event, own device. A bad one answers `rejected` and never stops the others.
 */
export function checkPushItem(ctx: PushContext, item: unknown): CheckedItem {
  const raw = (item ?? {}) as { id?: unknown; revision?: unknown }
  const id = typeof raw.id === 'string' ? raw.id : ''
  const revision = typeof raw.revision === 'number' ? raw.revision : 0
  const rejected = (errors: FieldIssue[]): CheckedItem => ({
    ok: false,
    result: { id, revision, status: 'rejected', errors },
  })

  // Per record, not for the whole batch: one bad string must not hold back the phone's other registrations.
  const unstorable = findUnstorableText(item)
  if (unstorable !== undefined) {
    return rejected([{ path: unstorable, code: 'invalid', message: UNSTORABLE_TEXT_MESSAGE }])
  }
  const check = checkRegistration(item, ctx.deps.rules)
  if (!check.ok) return rejected(check.errors)
  const reg = check.registration
  const errors: FieldIssue[] = []
  if (!ctx.events.has(reg.eventId)) {
    errors.push({ path: 'eventId', code: 'unknown_code', message: 'Sự kiện không tồn tại trên máy chủ' })
  }
  if (!ctx.devices.has(reg.deviceId.toLowerCase())) {
    errors.push({
      path: 'deviceId',
      code: 'invalid',
      message: 'Thiết bị chưa được đăng ký cho tài khoản này',
    })
  }
  if (errors.length > 0) return rejected(errors)
  return { ok: true, id, revision, registration: reg }
}

/** Stores one checked registration in its own transaction: insert, new revision, duplicate or conflict. */
export async function saveOne(
  ctx: PushContext,
  { id, revision, registration }: Extract<CheckedItem, { ok: true }>,
): Promise<PushItemResult> {
  const outcome = await savePushedRegistration(ctx.deps.db, registration, ctx.user, ctx.deps.now())
  if (outcome.status === 'conflict') return { id, revision, status: 'conflict', reason: outcome.reason }
  return { id, revision, status: outcome.status }
}
