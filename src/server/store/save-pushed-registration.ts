import type { Registration, ReviewStatus } from '../../domain/index.ts'
import { appendAudit, type AuditEntry } from './append-audit.ts'
import { claimReceipt } from './claim-receipt.ts'
import type { AuthUser } from './auth-user.ts'
import { contentHash } from './content-hash.ts'
import type { Db } from './db.ts'
import { decidePush, type ConflictReason } from './decide-push.ts'
import { PERSON_COLUMNS, personRow } from './person-row.ts'
import { refreshFlags } from './refresh-flags.ts'
import { tallyRecordOf } from './tally-record-of.ts'
import { takeChangeLock, takeChangeSeq } from './take-change-seq.ts'
import { vietnamDate } from '../../domain/registration/local-date.ts'

export type SaveOutcome =
  | { status: 'accepted'; created: boolean }
  | { status: 'duplicate' }
  | { status: 'conflict'; reason: ConflictReason }

interface HeadRow {
  revision: number
  owner_id: string
  content_hash: string
  review_status: ReviewStatus
}

/** One validated registration in one transaction: insert, update to a higher revision, or leave alone. */
export async function savePushedRegistration(
  db: Db,
  registration: Registration,
  owner: AuthUser,
  now: Date,
): Promise<SaveOutcome> {
  const hash = contentHash(registration)
  return db.transaction(async (tx) => {
    // Lock order: the change lock, then rows (take-change-seq.ts).
    await takeChangeLock(tx)
    let head = await selectHead(tx, registration.id)
    if (!head) {
      if (!(await claimReceipt(tx, registration, now))) return receiptTaken
      const inserted = await insertRegistration(tx, registration, owner, hash, now)
      if (inserted) return { status: 'accepted', created: true }
      // The same id was inserted by a concurrent request: decide against what it stored.
      head = await selectHead(tx, registration.id)
    }
    const [same] = await tx.query<{ content_hash: string }>(
      'SELECT content_hash FROM registration_revisions WHERE registration_id = $1 AND revision = $2',
      [registration.id, registration.revision],
    )
    const decision = decidePush(
      head && {
        revision: head.revision,
        ownerId: head.owner_id,
        contentHash: head.content_hash,
        reviewStatus: head.review_status,
      },
      {
        revision: registration.revision,
        ownerId: owner.id,
        contentHash: hash,
        storedHashOfSameRevision: same?.content_hash,
        voidsHead: head?.review_status === 'rejected' && (await voidsHead(tx, registration)),
      },
    )
    switch (decision.action) {
      case 'duplicate':
        return { status: 'duplicate' }
      case 'conflict':
        return { status: 'conflict', reason: decision.reason }
      case 'insert':
        throw new Error('registration vanished inside its transaction')
      case 'update':
      case 'void_rejected':
        if (!(await claimReceipt(tx, registration, now))) return receiptTaken
        await updateRegistration(tx, registration, owner, hash, now, decision.action === 'void_rejected')
        return { status: 'accepted', created: false }
    }
  })
}

/**
 * Is `r` the stored head plus a `void` mark, nothing else changed? Only then may a rejected registration
 * take another revision: the refund is recorded, the rejected content is not reopened.
 */
async function voidsHead(tx: Db, r: Registration): Promise<boolean> {
  if (!r.void) return false
  const [row] = await tx.query<{ record: Registration | string }>(
    'SELECT record FROM registrations WHERE id = $1',
    [r.id],
  )
  if (!row) return false
  const stored = typeof row.record === 'string' ? (JSON.parse(row.record) as Registration) : row.record
  if (stored.void) return false
  return contentHash(withoutVoid(stored)) === contentHash(withoutVoid(r))
}

function withoutVoid(r: Registration): Omit<Registration, 'revision' | 'void'> {
  const { revision: _revision, void: _void, ...rest } = r
  return rest
}

// Another registration already used this receipt number: nothing is stored.
const receiptTaken: SaveOutcome = { status: 'conflict', reason: 'receipt_number_taken' }

async function selectHead(tx: Db, id: string): Promise<HeadRow | undefined> {
  const [row] = await tx.query<HeadRow>(
    // NO KEY: the flags of other registrations reference this row (FOR KEY SHARE) and must not wait on it.
    'SELECT revision, owner_id, content_hash, review_status FROM registrations WHERE id = $1 FOR NO KEY UPDATE',
    [id],
  )
  return row
}

function amountCollected(r: Registration): number {
  return r.payment?.amountCollected ?? 0
}

async function insertRegistration(
  tx: Db,
  r: Registration,
  owner: AuthUser,
  hash: string,
  now: Date,
): Promise<boolean> {
  const seq = await takeChangeSeq(tx)
  const at = now.toISOString()
  const rows = await tx.query(
    `INSERT INTO registrations (id, revision, owner_id, device_id, event_id, team_id, collected_at, record,
        content_hash, amount_collected, review_status, change_seq, created_at, updated_at, tally_record)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'pending', $11, $12, $12, $13)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      r.id,
      r.revision,
      owner.id,
      r.deviceId,
      r.eventId,
      owner.teamId,
      r.collectedAt,
      JSON.stringify(r),
      hash,
      amountCollected(r),
      seq,
      at,
      JSON.stringify(tallyRecordOf(r)),
    ],
  )
  if (rows.length === 0) return false
  await writeRevisionAndPeople(tx, r, hash, at)
  const flags = await refreshFlags(tx, r.id, now)
  await auditPushed(tx, 'registration.create', owner.id, r, flags, now)
  return true
}

async function updateRegistration(
  tx: Db,
  r: Registration,
  owner: AuthUser,
  hash: string,
  now: Date,
  keepReview = false,
): Promise<void> {
  const at = now.toISOString()
  await writeRevisionAndPeople(tx, r, hash, at)
  const seq = await takeChangeSeq(tx)
  // A corrected revision goes back to the supervisor: the old decision was about other content. The void
  // of a rejected registration keeps its rejection (and the reason the collector reads).
  const review = keepReview
    ? ''
    : `, review_status = 'pending', review_comment = NULL, decided_by = NULL, decided_at = NULL`
  await tx.query(
    `UPDATE registrations SET revision = $2, device_id = $3, event_id = $4, collected_at = $5, record = $6,
        content_hash = $7, amount_collected = $8${review}, change_seq = $9, updated_at = $10, tally_record = $11
      WHERE id = $1`,
    [
      r.id,
      r.revision,
      r.deviceId,
      r.eventId,
      r.collectedAt,
      JSON.stringify(r),
      hash,
      amountCollected(r),
      seq,
      at,
      JSON.stringify(tallyRecordOf(r)),
    ],
  )
  // After the change lock: see takeChangeSeq and refreshFlags.
  const flags = await refreshFlags(tx, r.id, now)
  await auditPushed(tx, 'registration.update', owner.id, r, flags, now)
}

async function writeRevisionAndPeople(tx: Db, r: Registration, hash: string, at: string): Promise<void> {
  await tx.query(
    `INSERT INTO registration_revisions (registration_id, revision, record, content_hash, device_id, received_at)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [r.id, r.revision, JSON.stringify(r), hash, r.deviceId, at],
  )
  await tx.query('DELETE FROM registration_people WHERE registration_id = $1', [r.id])
  // One statement for all participants (≤ 10): fewer round trips on PostgreSQL.
  const params: unknown[] = [r.id]
  const rows = r.participants.map((p, i) => {
    const values = personRow(p, i, vietnamDate(r.collectedAt))
    const first = params.length + 1
    params.push(...values)
    return `($1, ${values.map((_, k) => `$${first + k}`).join(', ')})`
  })
  await tx.query(
    `INSERT INTO registration_people (registration_id, ${PERSON_COLUMNS.join(', ')}) VALUES ${rows.join(', ')}`,
    params,
  )
}

/** The audit entry of a stored revision: ids and counts only, never the people in it. */
export function pushedAuditEntry(
  action: 'registration.create' | 'registration.update',
  actorId: string,
  r: Registration,
  flags: { hard: number; soft: number },
): AuditEntry {
  return {
    actorId,
    action,
    entity: 'registration',
    entityId: r.id,
    detail: {
      revision: r.revision,
      deviceId: r.deviceId,
      eventId: r.eventId,
      participants: r.participants.length,
      hardFlags: flags.hard,
      softFlags: flags.soft,
    },
  }
}

async function auditPushed(
  tx: Db,
  action: 'registration.create' | 'registration.update',
  actorId: string,
  r: Registration,
  flags: { hard: number; soft: number },
  now: Date,
): Promise<void> {
  await appendAudit(tx, pushedAuditEntry(action, actorId, r, flags), now)
}
