// Events (campaigns) are copied to the device so the picker works offline.
import { db } from '../db/db.ts'
import type { LocalEvent } from '../db/schema.ts'
import { apiFetch } from './http.ts'

type EventsAnswer = LocalEvent[] | { events?: LocalEvent[]; items?: LocalEvent[] }

export async function refreshEvents(): Promise<LocalEvent[]> {
  const answer = await apiFetch<EventsAnswer>('/api/events')
  const events = Array.isArray(answer) ? answer : (answer.events ?? answer.items ?? [])
  await db.transaction('rw', db.events, async () => {
    await db.events.clear()
    await db.events.bulkPut(events)
  })
  return events
}
