// Events (campaigns) are copied to the device so the picker works offline, and with them the initial
// health facilities of the office's provinces (public data, kept unsealed) for the household-HI picker.
import type { HealthFacility } from '../../domain/api/health-facilities.ts'
import { db } from '../db/db.ts'
import type { LocalEvent } from '../db/schema.ts'
import { setSetting } from '../db/settings.ts'
import { apiFetch } from './http.ts'

type EventsAnswer = LocalEvent[] | { events?: LocalEvent[]; items?: LocalEvent[] }

export async function refreshEvents(): Promise<LocalEvent[]> {
  const answer = await apiFetch<EventsAnswer>('/api/events')
  const events = Array.isArray(answer) ? answer : (answer.events ?? answer.items ?? [])
  await db.transaction('rw', db.events, async () => {
    await db.events.clear()
    await db.events.bulkPut(events)
  })
  // A server from before the facility lists answers 404: the form then simply offers none.
  const facilities = await apiFetch<{ items: HealthFacility[] }>('/api/health-facilities').catch(
    () => undefined,
  )
  if (facilities) await setSetting('healthFacilities', facilities.items)
  return events
}
