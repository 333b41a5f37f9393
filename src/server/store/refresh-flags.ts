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
const nearest = (match: string, earlier: string) => `CROSS JOIN LATERAL (
    SELECT o.registration_id, o.participant_index FROM registration_people o
     WHERE ${match} AND ${earlier}
     ORDER BY o.collected_on DESC, o.stored_order DESC
     LIMIT ${FLAGS_PER_PARTICIPANT}) n`

// Pairs (this participant, other participant) that look like the same person. Hard: same ID number, in any
// registration of any device, account or team, paying twice for the same product (not a renewal). Soft:
// same folded name, birth year and commune (code, or the folded commune name when a side has no code) under
// different ID numbers — a typo in the ID, say. `which` names the participants matched; `earlier`, which
// others count as stored before them.
const pairsOf = (which: string, earlier: string) => `
  SELECT m.registration_id AS a, m.participant_index AS ai, n.registration_id AS b, n.participant_index AS bi,
         'duplicate_id' AS kind
    FROM registration_people m ${nearest(HARD_MATCH, earlier)}
   WHERE ${which}
  UNION ALL
  SELECT m.registration_id, m.participant_index, n.registration_id, n.participant_index, 'possible_duplicate'
    FROM registration_people m ${nearest(SOFT_MATCH, earlier)}
   WHERE ${which}`

/**
 * Stored before `m`, for the registrations `$1` being flagged: every other registration this statement sees
 * (all committed before it), and of `$1` the ones whose people were written first. `stored_order` alone is
 * not commit order: a set-based push writes its rows before it takes the lock (save-new-batch.ts), so a row
 * numbered lower may commit later, and would be missed.
 */
const EARLIER_THAN_THESE = `(o.stored_order < m.stored_order OR o.registration_id <> ALL($1::uuid[]))`

/**
 * Recomputes the flags of one registration in both directions, from its stored people. Call it inside the
 * transaction that wrote them, under the change lock: that lock orders concurrent pushes, so of two phones
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
  await insertFlags(tx, registrationIds, now)
  return countFlags(tx, registrationIds)
}

/**
 * Flags new registrations BEFORE the change lock (a set-based push, save-new-batch.ts), so the lock is not held
 * for the flag statement. Before the lock, a registration committed while this runs may be missed; once the
 * lock is taken, `LATE_SINCE` looks for those and flags again if there are any.
 */
export async function flagBeforeLock(
  tx: Db,
  registrationIds: readonly string[],
  now: Date,
): Promise<{ seenUpTo: string }> {
  return { seenUpTo: await insertFlags(tx, registrationIds, now) }
}

/**
 * Under the change lock, after `flagBeforeLock`: one row, `late.found`, true when a registration committed
 * since then has a participant with one of these ID numbers, or one of these names and birth years (a match
 * the flags could not see), or is one these were flagged against (its people may have changed since: a
 * corrected ID number must not leave a duplicate flag behind). Then the caller flags again (`flagAgain`).
 * Pairs within the batch do not count: the flag statement saw both sides, and nobody else can change them.
 * Sequence numbers are given under the lock in commit order, so everything committed after the flag
 * statement's snapshot has a change sequence number above the largest it saw (`$2`, seenUpTo); usually there
 * is none. `$1` holds the registrations' lower-case ids. The look compares two small sets, these people and
 * those of the registrations committed since, by hashing: not an index probe per person over every stored
 * name (8 ms a batch with 20 phones pushing at once, under the lock); and the registrations these were flagged
 * against, looked up by id, not every registration committed since probed for a flag. WITH clauses for the
 * caller's statement.
 */
export const LATE_SINCE = `mine AS MATERIALIZED (
    SELECT id_number, folded_name, birth_year FROM registration_people WHERE registration_id = ANY($1::uuid[])),
  since AS MATERIALIZED (
    SELECT o.id_number, o.folded_name, o.birth_year
      FROM registrations r JOIN registration_people o ON o.registration_id = r.id
     WHERE r.change_seq > $2::bigint AND r.id <> ALL($1::uuid[])),
  flagged AS MATERIALIZED (
    SELECT DISTINCT other_id FROM registration_flags
     WHERE registration_id = ANY($1::uuid[]) AND other_id <> ALL($1::uuid[])),
  late AS MATERIALIZED (
    SELECT EXISTS (SELECT 1 FROM since o JOIN mine m ON o.id_number = m.id_number)
        OR EXISTS (SELECT 1 FROM since o JOIN mine m ON o.folded_name = m.folded_name AND o.birth_year = m.birth_year)
        OR EXISTS (SELECT 1 FROM flagged g JOIN registrations r ON r.id = g.other_id
                    WHERE r.change_seq > $2::bigint) AS found)`

/** Each of `$1`'s flag counts: `id` (lower-case text), `hard`, `soft`; no row for one without flags. */
export const FLAG_COUNTS = `SELECT registration_id::text AS id,
         count(DISTINCT other_id) FILTER (WHERE kind = 'duplicate_id')::int AS hard,
         count(DISTINCT other_id) FILTER (WHERE kind = 'possible_duplicate')::int AS soft
    FROM registration_flags WHERE registration_id = ANY($1::uuid[]) GROUP BY registration_id`

/** After LATE_SINCE found something late: these registrations' flags from scratch, and their counts. */
export async function flagAgain(
  tx: Db,
  registrationIds: readonly string[],
  now: Date,
): Promise<Map<string, { hard: number; soft: number }>> {
  const ids = registrationIds.map((id) => id.toLowerCase())
  // From scratch: a flag written before the lock may be against a version that has changed since.
  await tx.query(
    'DELETE FROM registration_flags WHERE registration_id = ANY($1::uuid[]) OR other_id = ANY($1::uuid[])',
    [ids],
  )
  return flagRegistrations(tx, ids, now)
}

/**
 * The largest change sequence number of the registrations other than `$1`, from the end of its index. Not
 * `max(change_seq)`: in a statement with a WITH clause PostgreSQL does not turn max() into that index read,
 * and scans the whole table instead (1.3 s at a million registrations, for every batch and every single push).
 * `change_seq > 0` (always true: the sequence starts at 1) is what lets the planner use the partial index of
 * migration 0028; PostgreSQL 17 and later (PGlite is 18) drop `change_seq IS NOT NULL` on a NOT NULL column
 * before matching indexes, and sorted the whole table instead (105-133 ms a push at 80,000 on PGlite).
 */
const LATEST_OTHER = `SELECT change_seq FROM registrations
   WHERE change_seq > 0 AND id <> ALL($1::uuid[]) ORDER BY change_seq DESC LIMIT 1`

/** The flag statement; returns the largest change sequence number of the others it could see. */
async function insertFlags(tx: Db, registrationIds: readonly string[], now: Date): Promise<string> {
  const ids = registrationIds.map((id) => id.toLowerCase())
  const [seen] = await tx.query<{ seq: string }>(
    `WITH pairs AS (${pairsOf('m.registration_id = ANY($1::uuid[])', EARLIER_THAN_THESE)}),
     written AS (
       INSERT INTO registration_flags (registration_id, other_id, kind, participant_index, other_participant_index, created_at)
       SELECT a, b, kind, ai, bi, $2::timestamptz FROM pairs UNION ALL SELECT b, a, kind, bi, ai, $2::timestamptz FROM pairs
       ON CONFLICT DO NOTHING)
     SELECT COALESCE((${LATEST_OTHER}), 0)::text AS seq`,
    [ids, now.toISOString()],
  )
  return seen?.seq ?? '0'
}

async function countFlags(
  tx: Db,
  registrationIds: readonly string[],
): Promise<Map<string, { hard: number; soft: number }>> {
  const ids = registrationIds.map((id) => id.toLowerCase())
  const rows = await tx.query<{ id: string; hard: number; soft: number }>(FLAG_COUNTS, [ids])
  const counts = new Map(ids.map((id) => [id, { hard: 0, soft: 0 }]))
  for (const { id, hard, soft } of rows) counts.set(id, { hard, soft })
  return counts
}

/** Every flag from scratch, set-based: after a backfill of `registration_people`, and for bulk loads. */
export async function rebuildAllFlags(db: Db, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    // Lock order: the change lock before any row (a second server may be pushing on the same PostgreSQL).
    await takeChangeLock(tx)
    await tx.query('DELETE FROM registration_flags')
    await tx.query(
      `WITH pairs AS (${pairsOf('true', 'o.stored_order < m.stored_order')})
       INSERT INTO registration_flags (registration_id, other_id, kind, participant_index, other_participant_index, created_at)
       SELECT a, b, kind, ai, bi, $1::timestamptz FROM pairs UNION ALL SELECT b, a, kind, bi, ai, $1::timestamptz FROM pairs
       ON CONFLICT DO NOTHING`,
      [now.toISOString()],
    )
  })
}
