import type { Db } from './db.ts'
import { takeChangeLock } from './take-change-seq.ts'

export const flagKinds = ['duplicate_id', 'possible_duplicate'] as const
export type FlagKind = (typeof flagKinds)[number]
export type FlagSeverity = 'hard' | 'soft'

export const severityOf: Record<FlagKind, FlagSeverity> = {
  duplicate_id: 'hard',
  possible_duplicate: 'soft',
}

/**
 * Both rows pay for the product whose renewal day is in `until`, and the later one was collected before the
 * earlier one's renewal day: paying twice (src/domain/registration/paid-twice-until.ts). A later payment on
 * or after that day is a renewal, and a payment for the other product is no duplicate at all.
 */
const paidTwice = (until: 'vsi_until' | 'hi_until') =>
  `(m.${until} IS NOT NULL AND o.${until} IS NOT NULL AND (
     (m.collected_on <= o.collected_on AND o.collected_on < m.${until}) OR
     (o.collected_on <= m.collected_on AND m.collected_on < o.${until})))`

/**
 * At most this many other registrations are flagged per participant and kind, the latest collected. A
 * supervisor needs to see that a person is already on file and open one or two of the others, not a list of
 * thousands: without the cap, n registrations sharing an ID number (or a name, birth year and commune) wrote
 * n² flag rows, and one registration's detail grew to megabytes. With it, flags grow linearly: each
 * registration writes at most this many pairs, both ways, per participant and kind.
 */
export const FLAGS_PER_PARTICIPANT = 10

const HARD_MATCH = `o.id_number = m.id_number AND o.registration_id <> m.registration_id
         AND (${paidTwice('vsi_until')} OR ${paidTwice('hi_until')})`
const SOFT_MATCH = `o.folded_name = m.folded_name AND o.birth_year = m.birth_year
         AND o.registration_id <> m.registration_id AND o.id_number <> m.id_number
         AND COALESCE(o.commune_code, o.commune_folded) = COALESCE(m.commune_code, m.commune_folded)`

/**
 * The latest FLAGS_PER_PARTICIPANT others matching `match` stored before participant `m`: latest collection
 * day first, then latest stored (for a registration just pushed, the ones nearest to it). Migration 0025's
 * indexes give them in this order, so the cost does not grow with the number of matches. Each pair is found
 * from its later side and written both ways: a registration links to at most this many earlier ones, and
 * since each later one links to the latest before it, only the next few link back — also when a whole batch
 * is flagged in one statement.
 */
const nearest = (match: string) => `CROSS JOIN LATERAL (
    SELECT o.registration_id, o.participant_index FROM registration_people o
     WHERE ${match} AND o.stored_order < m.stored_order
     ORDER BY o.collected_on DESC, o.stored_order DESC
     LIMIT ${FLAGS_PER_PARTICIPANT}) n`

// Pairs (this participant, other participant) that look like the same person. Hard: same ID number, in any
// registration of any device, account or team, paying twice for the same product (not a renewal). Soft:
// same folded name, birth year and commune (code, or the folded commune name when a side has no code) under
// different ID numbers — a typo in the ID, say. `$1` names the registrations whose people are matched.
const pairsOf = (which: string) => `
  SELECT m.registration_id AS a, m.participant_index AS ai, n.registration_id AS b, n.participant_index AS bi,
         'duplicate_id' AS kind
    FROM registration_people m ${nearest(HARD_MATCH)}
   WHERE ${which}
  UNION ALL
  SELECT m.registration_id, m.participant_index, n.registration_id, n.participant_index, 'possible_duplicate'
    FROM registration_people m ${nearest(SOFT_MATCH)}
   WHERE ${which}`

/**
 * Recomputes the flags of one registration in both directions, from its stored people. Call it inside the
 * transaction that wrote them, after `takeChangeSeq`: that lock orders concurrent pushes, so of two phones
 * sending the same ID number at once the second always sees the first. Returns this registration's counts.
 */
export async function refreshFlags(
  tx: Db,
  registrationId: string,
  now: Date,
): Promise<{ hard: number; soft: number }> {
  await tx.query('DELETE FROM registration_flags WHERE registration_id = $1 OR other_id = $1', [
    registrationId,
  ])
  const counts = await flagRegistrations(tx, [registrationId], now)
  return counts.get(registrationId.toLowerCase()) ?? { hard: 0, soft: 0 }
}

/**
 * Flags registrations that have none yet (just stored, or their flags just deleted), both ways, in one
 * statement for all of them, and returns each one's counts by its lower-case id. Under the change lock.
 */
export async function flagRegistrations(
  tx: Db,
  registrationIds: readonly string[],
  now: Date,
): Promise<Map<string, { hard: number; soft: number }>> {
  const ids = registrationIds.map((id) => id.toLowerCase())
  await tx.query(
    `WITH pairs AS (${pairsOf('m.registration_id = ANY($1::uuid[])')})
     INSERT INTO registration_flags (registration_id, other_id, kind, participant_index, other_participant_index, created_at)
     SELECT a, b, kind, ai, bi, $2::timestamptz FROM pairs UNION ALL SELECT b, a, kind, bi, ai, $2::timestamptz FROM pairs
     ON CONFLICT DO NOTHING`,
    [ids, now.toISOString()],
  )
  const rows = await tx.query<{ id: string; kind: FlagKind; n: number }>(
    `SELECT registration_id::text AS id, kind, count(DISTINCT other_id)::int AS n
       FROM registration_flags WHERE registration_id = ANY($1::uuid[]) GROUP BY registration_id, kind`,
    [ids],
  )
  const counts = new Map(ids.map((id) => [id, { hard: 0, soft: 0 }]))
  for (const row of rows) {
    const c = counts.get(row.id)
    if (!c) continue
    if (row.kind === 'duplicate_id') c.hard = row.n
    else c.soft = row.n
  }
  return counts
}

/** Every flag from scratch, set-based: after a backfill of `registration_people`, and for bulk loads. */
export async function rebuildAllFlags(db: Db, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    // Lock order: the change lock before any row (a second server may be pushing on the same PostgreSQL).
    await takeChangeLock(tx)
    await tx.query('DELETE FROM registration_flags')
    await tx.query(
      `WITH pairs AS (${pairsOf('true')})
       INSERT INTO registration_flags (registration_id, other_id, kind, participant_index, other_participant_index, created_at)
       SELECT a, b, kind, ai, bi, $1::timestamptz FROM pairs UNION ALL SELECT b, a, kind, bi, ai, $1::timestamptz FROM pairs
       ON CONFLICT DO NOTHING`,
      [now.toISOString()],
    )
  })
}
