// Pushes the outbox to the server in batches and applies the answers. The device stays the source of truth
// until the server acknowledges a revision, so nothing here deletes a registration.
import { MAX_PUSH_BATCH, type PushRequest, type PushResponse } from '../../domain/api/sync.ts'
import type { Registration } from '../../domain/registration/registration-schema.ts'
import { db } from '../db/db.ts'
import { openRegistration } from '../db/registrations-repo.ts'
import type { OutboxEntry } from '../db/schema.ts'
import { applyPushResults, emptyPushTally, type PushTally } from './apply-push-results.ts'
import { postSync } from './post-sync.ts'

export const DEFAULT_PUSH_BATCH = 100

export interface PushOutcome extends PushTally {
  /** Registrations sent (answered or not). */
  pushed: number
  /** Why the run stopped early; batches before it are applied. Classified by the engine. */
  error?: unknown
}

/** The push envelope (pushRequestSchema) with the records typed as this device holds them. */
export interface PushBody extends Pick<PushRequest, 'deviceId'> {
  registrations: Registration[]
}

export type SendPush = (body: PushBody) => Promise<PushResponse>

export const sendPush: SendPush = (body) => postSync<PushResponse>('/api/sync/push', body)

export interface PushOptions {
  deviceId: string
  batchSize?: number
  send?: SendPush
}

export async function pushOutbox({
  deviceId,
  batchSize = DEFAULT_PUSH_BATCH,
  send = sendPush,
}: PushOptions): Promise<PushOutcome> {
  const size = Math.max(1, Math.min(batchSize, MAX_PUSH_BATCH))
  const outcome: PushOutcome = { pushed: 0, ...emptyPushTally() }
  // (id, revision) pairs already sent in this run: an entry the server answered without removing (no result
  // for it, say) is not sent again and again. A newer revision saved meanwhile is a new pair and does go.
  const sent = new Set<string>()
  for (;;) {
    const entries = await nextBatch(size, sent)
    if (entries.length === 0) return outcome
    for (const e of entries) sent.add(pairKey(e))

    const registrations = await loadRecords(entries)
    if (registrations.length === 0) continue
    let response: PushResponse
    try {
      response = await send({ deviceId, registrations })
    } catch (error) {
      await noteAttempt(entries, error)
      return { ...outcome, error }
    }
    outcome.pushed += registrations.length
    const tally = await applyPushResults(response.results)
    await forgetGone(entries, sent)
    outcome.accepted += tally.accepted
    outcome.duplicate += tally.duplicate
    outcome.rejected += tally.rejected
    outcome.conflicts += tally.conflicts
  }
}

const pairKey = (e: OutboxEntry) => `${e.id}@${e.revision}`

/**
 * Drops from `sent` the pairs no longer in the outbox (acknowledged, or replaced by a newer revision): only
 * those still there can be read again, and nextBatch reads one more entry for each pair kept.
 */
async function forgetGone(entries: readonly OutboxEntry[], sent: Set<string>): Promise<void> {
  const left = await db.outbox.bulkGet(entries.map((e) => e.id))
  entries.forEach((e, i) => {
    if (left[i]?.revision !== e.revision) sent.delete(pairKey(e))
  })
}

/**
 * The oldest `size` entries still to send. Held entries wait for the collector (a correction, or a decision on
 * a conflict): never re-sent in a loop; nor is a pair already sent in this run. Two reads from the indexes,
 * not a walk through the outbox one entry per round trip (which held a save back meanwhile): at most
 * `held + sent.size` of the oldest entries can be skipped, so that many more are read.
 */
function nextBatch(size: number, sent: ReadonlySet<string>): Promise<OutboxEntry[]> {
  return db.transaction('r', db.outbox, async () => {
    const held = await db.outbox.orderBy('heldFor').count()
    const oldest = await db.outbox
      .orderBy('enqueuedAt')
      .limit(size + held + sent.size)
      .toArray()
    return oldest.filter((e) => e.heldFor === undefined && !sent.has(pairKey(e))).slice(0, size)
  })
}

/** Current records of the entries; an entry whose registration is gone holds no data and is dropped. */
async function loadRecords(entries: OutboxEntry[]): Promise<Registration[]> {
  const locals = await db.registrations.bulkGet(entries.map((e) => e.id))
  const records: Registration[] = []
  const orphans: string[] = []
  for (const [i, e] of entries.entries()) {
    const local = locals[i]
    // Decrypted here, just before sending: the wire record leaves the phone in clear over HTTPS only.
    if (local) records.push((await openRegistration(local)).record)
    else orphans.push(e.id)
  }
  if (orphans.length > 0) {
    await db.transaction('rw', db.registrations, db.outbox, async () => {
      for (const id of orphans) if (!(await db.registrations.get(id))) await db.outbox.delete(id)
    })
  }
  return records
}

async function noteAttempt(entries: OutboxEntry[], error: unknown): Promise<void> {
  const lastError = error instanceof Error ? error.message : String(error)
  // Modify, not put: an entry may have been replaced by a newer revision meanwhile. All of them at once: one
  // at a time, a phone with hundreds waiting held the outbox for hundreds of round trips after every failed
  // attempt, and a save waited behind them.
  await db.outbox
    .where('id')
    .anyOf(entries.map((e) => e.id))
    .modify((row) => {
      row.attempts += 1
      row.lastError = lastError
    })
}
