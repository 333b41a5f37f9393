// Applies the server's per-record push answers to the device store, one transaction per batch.
// What must stay true: an outbox entry is removed only when the server HAS the revision it holds (accepted or
// duplicate, for that revision or a newer one). If the collector saved a newer revision while the push was in
// flight, that entry now holds the higher revision and must survive to be pushed next. A revision the server
// answered `conflict` or `rejected` stays in the outbox, held (not re-sent by itself): until a newer revision
// replaces it or the collector discards it, it exists only on this phone and must count as unsynced.
import type { FieldIssue, PushResult } from '../../domain/index.ts'
import { db } from '../db/db.ts'
import type { StoredReview, SyncState } from '../db/schema.ts'

export interface PushTally {
  accepted: number
  duplicate: number
  rejected: number
  conflicts: number
}

export const emptyPushTally = (): PushTally => ({ accepted: 0, duplicate: 0, rejected: 0, conflicts: 0 })

const conflictNote: FieldIssue = {
  path: '',
  code: 'invalid',
  message:
    'Máy chủ đã có một bản khác của đăng ký này (xung đột). Không gửi lại tự động; hãy báo giám sát viên.',
}

const rejectedNote: FieldIssue = {
  path: '',
  code: 'invalid',
  message: 'Máy chủ không nhận đăng ký này. Hãy kiểm tra và sửa lại.',
}

export async function applyPushResults(results: readonly PushResult[]): Promise<PushTally> {
  const tally = emptyPushTally()
  await db.transaction('rw', db.registrations, db.outbox, async () => {
    for (const result of results) {
      const entry = await db.outbox.get(result.id)
      if (result.status === 'accepted' || result.status === 'duplicate') {
        // `<=`: an entry left at an older revision than the one acknowledged is covered by the answer too.
        if (entry && entry.revision <= result.revision) await db.outbox.delete(result.id)
      } else if (entry && entry.revision === result.revision) {
        await db.outbox.update(result.id, { heldFor: result.status })
      }

      const local = await db.registrations.get(result.id)
      if (!local) continue
      const next = nextRegistration(local, result)
      if (next !== local) await db.registrations.put(next)

      if (result.status === 'accepted') tally.accepted++
      else if (result.status === 'duplicate') tally.duplicate++
      else if (result.status === 'rejected') tally.rejected++
      else tally.conflicts++
    }
  })
  return tally
}

/** The fields a push answer changes: all clear columns (schema.ts), so applying answers needs no data key. */
export interface PushAnswerFields {
  revision: number
  syncState: SyncState
  ackedRevision: number
  errors?: FieldIssue[]
  review?: Pick<StoredReview, 'status'>
}

/** The registration after one push answer. Pure: returns `local` itself when nothing changes. */
export function nextRegistration<T extends PushAnswerFields>(local: T, result: PushResult): T {
  // The collector already saved a newer revision: this answer is about the past. Only remember an ack.
  const current = local.revision === result.revision
  switch (result.status) {
    case 'accepted':
    case 'duplicate': {
      const ackedRevision = Math.max(local.ackedRevision, result.revision)
      if (!current) return ackedRevision === local.ackedRevision ? local : { ...local, ackedRevision }
      const { errors: _dropped, ...rest } = local
      const next = { ...rest, syncState: 'sent', ackedRevision } as T
      // A newly stored revision goes back to the supervisor's queue on the server (design.md: "pending
      // … also after a corrected revision arrives"); show the same here until the next pull says otherwise.
      // Not on `duplicate`: that revision was stored before and its review may already be decided.
      // Not after a rejection: the only revision the server then takes is the receipt's void, and the
      // rejection stays.
      if (
        result.status === 'accepted' &&
        result.revision > local.ackedRevision &&
        local.review &&
        local.review.status !== 'pending' &&
        local.review.status !== 'rejected'
      ) {
        next.review = { status: 'pending' }
      }
      return next
    }
    case 'rejected':
      if (!current) return local
      return { ...local, syncState: 'rejected', errors: withDefault(result.errors, rejectedNote) }
    case 'conflict':
      if (!current) return local
      return { ...local, syncState: 'conflict', errors: withDefault(result.errors, conflictNote) }
  }
}

function withDefault(errors: FieldIssue[] | undefined, fallback: FieldIssue): FieldIssue[] {
  return errors && errors.length > 0 ? errors : [fallback]
}
