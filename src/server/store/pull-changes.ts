import type { PullChange, ReviewStatus } from '../../domain/index.ts'
import type { Db } from './db.ts'
import { reviewOf } from './registration-row.ts'

export const PULL_PAGE = 1000

/** The caller's own registrations written after `cursor` (a change_seq), oldest change first. */
export async function pullChanges(
  db: Db,
  ownerId: string,
  cursor: bigint,
): Promise<{ changes: PullChange[]; cursor: string; more: boolean }> {
  const rows = await db.query<{
    id: string
    revision: number
    review_status: ReviewStatus
    review_comment: string | null
    decided_by_username: string | null
    decided_at: Date | null
    seq: string
  }>(
    `SELECT r.id, r.revision, r.review_status, r.review_comment, d.username AS decided_by_username, r.decided_at,
            r.change_seq::text AS seq
       FROM registrations r LEFT JOIN users d ON d.id = r.decided_by
      WHERE r.owner_id = $1 AND r.change_seq > $2
      ORDER BY r.change_seq LIMIT $3`,
    [ownerId, cursor.toString(), PULL_PAGE + 1],
  )
  const page = rows.slice(0, PULL_PAGE)
  return {
    changes: page.map((r) => ({ id: r.id, revision: r.revision, review: reviewOf(r) })),
    cursor: page.at(-1)?.seq ?? cursor.toString(),
    more: rows.length > PULL_PAGE,
  }
}
