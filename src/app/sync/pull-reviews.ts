// Brings back review decisions (approve / return / reject) for this account's registrations since the
// stored cursor. Each page is applied together with its cursor in one transaction, so a crash between pages
// never skips or repeats a decision.
import type { PullChange, PullResponse } from '../../domain/index.ts'
import { apiFetch } from '../api/http.ts'
import { requireDataKey } from '../db/data-key.ts'
import { db } from '../db/db.ts'
import { sealReview } from '../db/registrations-repo.ts'
import type { StoredReview } from '../db/schema.ts'
import { getSetting, setSetting } from '../db/settings.ts'
import { PULL_TIMEOUT_MS } from './sync-request-timeout.ts'
import { PROTOCOL_HEADER, SYNC_PROTOCOL_VERSION } from '../../domain/api/sync.ts'

export type FetchPullPage = (cursor: string | undefined) => Promise<PullResponse>

export const fetchPullPage: FetchPullPage = (cursor) =>
  apiFetch<PullResponse>(
    cursor === undefined ? '/api/sync/pull' : `/api/sync/pull?cursor=${encodeURIComponent(cursor)}`,
    {
      headers: { [PROTOCOL_HEADER]: String(SYNC_PROTOCOL_VERSION) },
      signal: AbortSignal.timeout(PULL_TIMEOUT_MS),
    },
  )

export interface PullOutcome {
  /** Review decisions written onto local registrations. */
  pulled: number
  error?: unknown
}

/** A runaway server cannot keep the loop going forever. */
const MAX_PAGES = 1_000

export async function pullReviews(fetchPage: FetchPullPage = fetchPullPage): Promise<PullOutcome> {
  let pulled = 0
  for (let page = 0; page < MAX_PAGES; page++) {
    const cursor = await getSetting('pullCursor')
    let response: PullResponse
    try {
      response = await fetchPage(cursor)
    } catch (error) {
      return { pulled, error }
    }
    pulled += await applyPullPage(response)
    if (response.changes.length === 0 || response.cursor === cursor) break
  }
  return { pulled }
}

/** Writes the page's reviews and its cursor in one transaction. Returns how many reviews were written. */
export async function applyPullPage(page: PullResponse): Promise<number> {
  // A supervisor's comment may name the citizen: sealed, and sealed before the transaction opens
  // (awaiting WebCrypto inside would let IndexedDB commit it early; see save-registration.ts).
  const key = requireDataKey()
  const sealed: StoredReview[] = []
  for (const change of page.changes) sealed.push(await sealReview(change.id, change.review, key))
  let written = 0
  await db.transaction('rw', db.registrations, db.settings, async () => {
    for (const [i, change] of page.changes.entries()) {
      if (await applyChange(change, sealed[i] ?? { status: change.review.status })) written++
    }
    await setSetting('pullCursor', page.cursor)
  })
  return written
}

async function applyChange(change: PullChange, review: StoredReview): Promise<boolean> {
  const local = await db.registrations.get(change.id)
  // Not on this device (another phone of the same account), or the collector has saved a newer revision
  // since: a decision about an older revision must not overwrite what the newer one will get.
  if (!local || local.revision !== change.revision) return false
  await db.registrations.put({ ...local, review })
  return true
}
