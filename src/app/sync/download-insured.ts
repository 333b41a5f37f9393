// Brings the agency's participant list of the chosen event's commune to the phone: page by page, each page
// sealed as it arrives (a dropped connection resumes after the last one), then the whole commune replaced at
// once. The next time only what changed since the version held comes down. Lists of communes whose events
// all ended more than `keepDays` ago are removed.
import type { InsuredRow } from '../../domain/insured/insured-person.ts'
import { addDays } from '../../domain/rules/calendar-days.ts'
import { apiFetch } from '../api/http.ts'
import { db } from '../db/db.ts'
import {
  dropInsured,
  getInsuredState,
  listInsuredStates,
  putInsuredState,
  readInsured,
  readStaged,
  replaceInsured,
  stageInsuredPage,
} from '../db/insured-store.ts'

export interface InsuredPageAnswer {
  communeCode: string | null
  version: number
  people: InsuredRow[]
  removed: string[]
  next?: string
}

export type FetchInsuredPage = (eventId: string, query: URLSearchParams) => Promise<InsuredPageAnswer>

const fetchPage: FetchInsuredPage = (eventId, query) =>
  apiFetch<InsuredPageAnswer>(`/api/events/${encodeURIComponent(eventId)}/insured?${query.toString()}`)

export interface InsuredDownload {
  communeCode: string | null
  version: number
  people: number
  /** Rows that came down this time (all of them the first time, the difference after). */
  received: number
}

/** Downloads (or brings up to date) the list of `eventId`'s commune. Throws on network faults; resumes. */
export async function downloadInsured(
  eventId: string,
  options: { fetch?: FetchInsuredPage; now?: number } = {},
): Promise<InsuredDownload> {
  const get = options.fetch ?? fetchPage
  const now = options.now ?? Date.now()
  // A probe past every version says which commune and version, and brings nobody down; a download cut off
  // midway for that commune then resumes.
  const first = await get(
    eventId,
    new URLSearchParams({ since: String(Number.MAX_SAFE_INTEGER), limit: '1' }),
  )
  if (first.communeCode === null) return { communeCode: null, version: 0, people: 0, received: 0 }
  const communeCode = first.communeCode
  const state = await getInsuredState(communeCode)
  const eventIds = [...new Set([...(state?.eventIds ?? []), eventId])]
  if (state && state.version === first.version && !state.pending) {
    if (!state.eventIds.includes(eventId)) await putInsuredState({ ...state, eventIds })
    return { communeCode, version: state.version, people: state.people, received: 0 }
  }
  let pending =
    state?.pending && state.pending.version === first.version
      ? state.pending
      : { version: first.version, since: state?.version ?? 0, after: '', staged: 0 }
  if (pending.after === '' && pending.staged === 0) {
    await db.insured.where({ communeCode, staged: 1 }).delete()
  }
  let removed: string[] = []
  let received = 0
  for (;;) {
    const query = new URLSearchParams({ since: String(pending.since) })
    if (pending.after) query.set('after', pending.after)
    const page = await get(eventId, query)
    if (page.version !== pending.version) {
      // The office imported a newer list meanwhile: start again towards it.
      await db.insured.where({ communeCode, staged: 1 }).delete()
      pending = { version: page.version, since: state?.version ?? 0, after: '', staged: 0 }
      continue
    }
    if (pending.after === '') removed = page.removed
    await stageInsuredPage(communeCode, pending.staged, page.people)
    received += page.people.length
    pending = { ...pending, after: page.next ?? '', staged: pending.staged + 1 }
    if (!page.next) break
    await putInsuredState({
      communeCode,
      version: state?.version ?? 0,
      people: state?.people ?? 0,
      eventIds,
      downloadedAt: state?.downloadedAt ?? now,
      pending,
    })
  }
  // Apply: the list held, minus what left the commune, with what changed on top.
  const byId = new Map<string, InsuredRow>()
  if (pending.since > 0) for (const row of await readInsured(communeCode)) byId.set(row[0], row)
  for (const id of removed) byId.delete(id)
  for (const row of await readStaged(communeCode)) byId.set(row[0], row)
  const rows = [...byId.values()].sort((a, b) => (a[0] < b[0] ? -1 : 1))
  await replaceInsured(
    { communeCode, version: pending.version, people: rows.length, eventIds, downloadedAt: now },
    rows,
  )
  return { communeCode, version: pending.version, people: rows.length, received }
}

/** Removes the lists of communes whose events all ended more than `keepDays` days before `today`. */
export async function purgeEndedInsured(today: string, keepDays: number): Promise<string[]> {
  const events = new Map((await db.events.toArray()).map((e) => [e.id, e]))
  const dropped: string[] = []
  for (const state of await listInsuredStates()) {
    const stillNeeded = state.eventIds.some((id) => {
      const event = events.get(id)
      return event !== undefined && addDays(event.endsOn, keepDays) >= today
    })
    if (!stillNeeded) {
      await dropInsured(state.communeCode)
      dropped.push(state.communeCode)
    }
  }
  return dropped
}
