import type { Registration } from '../../domain/index.ts'
import { vietnamDate } from '../../domain/registration/local-date.ts'
import { appendAuditMany, auditInsertSql, auditRows } from './append-audit.ts'
import type { AuthUser } from './auth-user.ts'
import { contentHash } from './content-hash.ts'
import type { Db } from './db.ts'
import { PERSON_COLUMNS, personRow } from './person-row.ts'
import { pushedAuditEntry } from './save-pushed-registration.ts'
import { FLAG_COUNTS, LATE_SINCE, flagAgain, flagBeforeLock } from './refresh-flags.ts'
import { tallyRecordOf } from './tally-record-of.ts'
import { takeChangeLock } from './take-change-seq.ts'

/**
 * The registrations of a push that the server has never seen, stored set-based: one transaction, a handful
 * of statements for the whole batch (each insert is one statement over a JSON array of rows), instead of
 * one transaction of ~15 statements per registration. This is a phone's usual push after a day offline.
 *
 * Only what is certainly new goes this way: an id absent from `registrations`, whose receipt number nobody
 * has claimed, with neither the id nor the number appearing twice in the batch. Everything else — revisions
 * of stored registrations, duplicates, receipt conflicts — is left to `savePushedRegistration`, one at a
 * time, which decides each case. The returned ids were stored (answer `accepted`, created); the caller
 * sends the rest the one-at-a-time way.
 *
 * The change lock is taken LATE here, after the rows are written and flagged, so it is held only for what
 * needs it: a look for registrations committed meanwhile that the flags could not see (LATE_SINCE: of two
 * phones sending the same ID number at once, the second must flag the first), the change sequence numbers
 * (given again under the lock, in request order, so they commit in order) and the audit. Before it, this
 * transaction holds no lock another transaction can want while it holds the change lock: stored ids are read
 * without a row lock (they are skipped, not changed), the new rows are invisible to everyone, and the flags'
 * share locks on other registrations do not conflict with the row locks that update and review take (since
 * migration 0028: `change_seq` was a key column, so setting it took the lock that waits for a key share). The one
 * exception is two pushes of the same new id or receipt number at once, which wait on each other's unique
 * index entry: PostgreSQL finds that cycle and the transaction is run again (40P01), or the chunk fails on
 * the unique key and its registrations go one at a time, where each case is decided.
 *
 * Transactions of CHUNK registrations: on the embedded database a transaction holds the one connection,
 * so every other request waits for it; 50 keep that wait near 100 ms while still saving most of the statements.
 * On PostgreSQL (a pool: other requests have connections of their own) POOLED_CHUNK: each transaction's fixed
 * cost under the change lock — its look for late rows, its COMMIT — is paid for 250, not 50. Measured with 20
 * phones pushing 250 each at once: p95 1.29–1.68 s against 1.78–1.82 s with 50.
 * Between chunks, a push whose phone went away stops (`signal`). A chunk that fails stores nothing and
 * ends the shortcut: `error` is set and the registrations not in `stored` go the one-at-a-time way.
 */
export async function saveNewBatch(
  db: Db,
  registrations: readonly Registration[],
  owner: AuthUser,
  now: Date,
  signal?: AbortSignal,
): Promise<{ stored: Set<string>; error?: unknown }> {
  const candidates = onlyOnce(registrations)
  const stored = new Set<string>()
  if (candidates.length < 2) return { stored }
  const chunk = db.manyConnections ? POOLED_CHUNK : CHUNK
  for (let i = 0; i < candidates.length; i += chunk) {
    if (signal?.aborted) break
    try {
      for (const id of await saveChunk(db, candidates.slice(i, i + chunk), owner, now)) stored.add(id)
    } catch (error) {
      return { stored, error }
    }
  }
  return { stored }
}

/** Registrations stored per transaction (see saveNewBatch): on the embedded database, and on PostgreSQL. */
export const CHUNK = 50
export const POOLED_CHUNK = 250

/** One candidate's rows as JSON, built before the transaction: no JavaScript work runs under the lock. */
interface Prepared {
  r: Registration
  registration: string
  people: string[]
  claim: string | null
}

function prepare(candidates: readonly Registration[], at: string): Prepared[] {
  return candidates.map((r) => {
    const hash = contentHash(r)
    const collectedOn = vietnamDate(r.collectedAt)
    return {
      r,
      registration: JSON.stringify({
        id: r.id,
        revision: r.revision,
        device_id: r.deviceId,
        event_id: r.eventId,
        collected_at: r.collectedAt,
        record: r,
        content_hash: hash,
        amount_collected: r.payment?.amountCollected ?? 0,
        tally_record: tallyRecordOf(r),
      }),
      people: r.participants.map((p, i) => {
        const values = personRow(p, i, collectedOn)
        return JSON.stringify(
          Object.fromEntries([
            ['registration_id', r.id],
            ...PERSON_COLUMNS.map((column, k) => [column, values[k]]),
          ]),
        )
      }),
      claim: r.payment
        ? JSON.stringify({ receipt_no: r.payment.receiptNo, registration_id: r.id, claimed_at: at })
        : null,
    }
  })
}

const jsonArray = (items: readonly string[]) => `[${items.join(',')}]`

async function saveChunk(
  db: Db,
  candidates: readonly Registration[],
  owner: AuthUser,
  now: Date,
): Promise<Set<string>> {
  const at = now.toISOString()
  const prepared = prepare(candidates, at)
  return db.transaction(async (tx) => {
    const ids = candidates.map((r) => r.id.toLowerCase())
    const stored = await tx.query<{ id: string }>(
      'SELECT id::text AS id FROM registrations WHERE id = ANY($1::uuid[])',
      [ids],
    )
    const receiptNos = candidates.flatMap((r) => (r.payment ? [r.payment.receiptNo] : []))
    const claimed = await tx.query<{ receipt_no: string }>(
      'SELECT receipt_no FROM receipt_claims WHERE receipt_no = ANY($1::text[])',
      [receiptNos],
    )
    const storedIds = new Set(stored.map((s) => s.id))
    const claimedNos = new Set(claimed.map((c) => c.receipt_no))
    const fresh = prepared.filter(
      ({ r }) => !storedIds.has(r.id.toLowerCase()) && !(r.payment && claimedNos.has(r.payment.receiptNo)),
    )
    if (fresh.length === 0) return new Set<string>()

    await tx.query(
      `INSERT INTO receipt_claims (receipt_no, registration_id, claimed_at)
       SELECT receipt_no, registration_id, claimed_at
         FROM jsonb_to_recordset($1::jsonb) AS x(receipt_no text, registration_id uuid, claimed_at timestamptz)`,
      [jsonArray(fresh.flatMap((p) => (p.claim === null ? [] : [p.claim])))],
    )
    // A placeholder change sequence number (the column is unique and NOT NULL); the real one is given under the
    // change lock below.
    await tx.query(
      `INSERT INTO registrations (id, revision, owner_id, device_id, event_id, team_id, collected_at, record,
          content_hash, amount_collected, review_status, change_seq, created_at, updated_at, tally_record)
       SELECT id, revision, $2::uuid, device_id, event_id, $3::text, collected_at, record, content_hash,
              amount_collected, 'pending', nextval('registration_change_seq'), $4::timestamptz, $4::timestamptz,
              tally_record
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, revision integer, device_id uuid,
              event_id text, collected_at timestamptz, record jsonb, content_hash text, amount_collected bigint,
              tally_record jsonb)`,
      [jsonArray(fresh.map((p) => p.registration)), owner.id, owner.teamId, at],
    )
    const freshIds = fresh.map((p) => p.r.id.toLowerCase())
    // The first revision is the row just written: copied in the database, not sent a second time (the
    // record is most of a push's bytes, and of the JSON this server builds for it).
    await tx.query(
      `INSERT INTO registration_revisions (registration_id, revision, record, content_hash, device_id, received_at)
       SELECT id, revision, record, content_hash, device_id, $2::timestamptz
         FROM registrations WHERE id = ANY($1::uuid[])`,
      [freshIds, at],
    )
    // Typed by the table itself: each JSON object's keys are its column names.
    const columns = PERSON_COLUMNS.join(', ')
    await tx.query(
      `INSERT INTO registration_people (registration_id, ${columns})
       SELECT registration_id, ${columns} FROM jsonb_populate_recordset(NULL::registration_people, $1::jsonb)`,
      [jsonArray(fresh.flatMap((p) => p.people))],
    )

    const { seenUpTo } = await flagBeforeLock(tx, freshIds, now)

    await takeChangeLock(tx)
    // Under the lock, one statement in the usual case: nothing committed meanwhile that the flags missed, so
    // the flags stand; number the registrations and audit them with their flag counts. Each round trip
    // under the lock is time every other push waits, and more so while this server is busy with theirs.
    const entries = fresh.map(({ r }) => pushedAuditEntry('registration.create', owner.id, r, NO_FLAGS))
    const onTime = 'NOT (SELECT found FROM late)'
    const [answer] = await tx.query<{ late: boolean }>(
      `WITH ${LATE_SINCE},
         counts AS (${FLAG_COUNTS}),
         numbered AS (${NUMBERED} AND ${onTime}),
         audited AS (${auditInsertSql('$3', '$4', {
           detail: `x.detail || jsonb_build_object('hardFlags', COALESCE(c.hard, 0), 'softFlags', COALESCE(c.soft, 0))`,
           join: 'LEFT JOIN counts c ON c.id = lower(x.entity_id)',
           where: onTime,
         })})
       SELECT found AS late FROM late`,
      [freshIds, seenUpTo, auditRows(entries), at],
    )
    if (answer?.late) {
      const flags = await flagAgain(tx, freshIds, now)
      await tx.query(NUMBERED, [freshIds])
      await appendAuditMany(
        tx,
        fresh.map(({ r }) =>
          pushedAuditEntry('registration.create', owner.id, r, flags.get(r.id.toLowerCase()) ?? NO_FLAGS),
        ),
        now,
      )
    }
    return new Set(fresh.map((p) => p.r.id))
  })
}

const NO_FLAGS = { hard: 0, soft: 0 }

/**
 * The change sequence numbers of registrations `$1`, given under the change lock in the order the phone sent
 * them: nextval runs after the sort (PostgreSQL evaluates volatile output expressions after ORDER BY), so the
 * pull cursor meets them in that order. A WHERE clause; callers may add to it.
 */
const NUMBERED = `UPDATE registrations r SET change_seq = s.seq
    FROM (SELECT id, nextval('registration_change_seq') AS seq
            FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, n) ORDER BY n) s
   WHERE r.id = s.id`

/** The registrations whose id and receipt number each appear once in the batch. */
function onlyOnce(registrations: readonly Registration[]): Registration[] {
  const count = new Map<string, number>()
  const bump = (key: string) => count.set(key, (count.get(key) ?? 0) + 1)
  for (const r of registrations) {
    bump(`id:${r.id.toLowerCase()}`)
    if (r.payment) bump(`receipt:${r.payment.receiptNo}`)
  }
  return registrations.filter(
    (r) =>
      count.get(`id:${r.id.toLowerCase()}`) === 1 &&
      (!r.payment || count.get(`receipt:${r.payment.receiptNo}`) === 1),
  )
}
