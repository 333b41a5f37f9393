import type { Review, ReviewDecision, ReviewStatus } from '../../domain/index.ts'
import { appendAudit } from './append-audit.ts'
import type { AuthUser } from './auth-user.ts'
import type { Db } from './db.ts'
import { flagsOf, type FlagView } from './flags-of.ts'
import { registrationScope } from './registration-scope.ts'
import { takeChangeLock, takeChangeSeq } from './take-change-seq.ts'

const statusOf: Record<ReviewDecision, ReviewStatus> = {
  approve: 'approved',
  return: 'returned',
  reject: 'rejected',
}

export interface ReviewInput {
  id: string
  revision: number
  decision: ReviewDecision
  comment?: string | undefined
  override?: { reason: string } | undefined
  /** Part of a bulk decision (recorded in the audit detail). */
  batch?: boolean | undefined
}

export type DecidedReview = Review & { revision: number; override?: { reason: string } }

export type ReviewOutcome =
  | { ok: true; review: DecidedReview }
  | { ok: false; reason: 'not_found' | 'own_registration' }
  | { ok: false; reason: 'stale_revision'; latestRevision: number }
  | { ok: false; reason: 'not_pending'; status: ReviewStatus }
  | { ok: false; reason: 'override_required'; flags: FlagView[] }

/** A supervisor's decision on the latest revision of a pending registration in their scope. */
export async function decideReview(
  db: Db,
  reviewer: AuthUser,
  input: ReviewInput,
  now: Date,
): Promise<ReviewOutcome> {
  return db.transaction(async (tx) => {
    // Lock order: the change lock, then rows (take-change-seq.ts).
    await takeChangeLock(tx)
    const scope = registrationScope(reviewer, 2)
    const [row] = await tx.query<{ revision: number; owner_id: string; review_status: ReviewStatus }>(
      `SELECT r.revision, r.owner_id, r.review_status FROM registrations r
        WHERE r.id = $1 AND ${scope.sql} FOR NO KEY UPDATE`,
      [input.id, ...scope.params],
    )
    if (!row) return { ok: false, reason: 'not_found' }
    if (row.revision !== input.revision)
      return { ok: false, reason: 'stale_revision', latestRevision: row.revision }
    if (row.review_status !== 'pending')
      return { ok: false, reason: 'not_pending', status: row.review_status }
    // Four eyes: nobody approves the money they collected themselves.
    if (row.owner_id === reviewer.id) return { ok: false, reason: 'own_registration' }
    // The same ID number in another live registration: approving both would enrol one person twice.
    const hard = input.decision === 'approve' ? await flagsOf(tx, reviewer, input.id, 'duplicate_id') : []
    if (hard.length > 0 && !input.override) return { ok: false, reason: 'override_required', flags: hard }
    const override = hard.length > 0 ? input.override : undefined

    const status = statusOf[input.decision]
    const comment = input.comment && input.comment.length > 0 ? input.comment : null
    const at = now.toISOString()
    await tx.query(
      `INSERT INTO reviews (registration_id, revision, decision, status, comment, override_reason, decided_by, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [input.id, input.revision, input.decision, status, comment, override?.reason ?? null, reviewer.id, at],
    )
    // The comment and the override reason are free text about a person: they stay in `reviews`, not in the
    // audit detail.
    await appendAudit(
      tx,
      {
        actorId: reviewer.id,
        action: 'registration.review',
        entity: 'registration',
        entityId: input.id,
        detail: {
          revision: input.revision,
          decision: input.decision,
          ...(input.batch ? { batch: true } : {}),
        },
      },
      now,
    )
    if (override) {
      await appendAudit(
        tx,
        {
          actorId: reviewer.id,
          action: 'registration.override',
          entity: 'registration',
          entityId: input.id,
          detail: {
            revision: input.revision,
            kind: 'duplicate_id',
            others: [...new Set(hard.map((f) => f.otherId))].join(','),
          },
        },
        now,
      )
    }
    const seq = await takeChangeSeq(tx)
    await tx.query(
      `UPDATE registrations SET review_status = $2, review_comment = $3, decided_by = $4, decided_at = $5,
          change_seq = $6, updated_at = $5 WHERE id = $1`,
      [input.id, status, comment, reviewer.id, at, seq],
    )
    return {
      ok: true,
      review: {
        status,
        ...(comment !== null ? { comment } : {}),
        decidedBy: reviewer.username,
        decidedAt: at,
        revision: input.revision,
        ...(override ? { override: { reason: override.reason } } : {}),
      },
    }
  })
}
