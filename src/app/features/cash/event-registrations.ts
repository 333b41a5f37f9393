// The one place the cash screen reads registrations off the device: the rows of one event, opened
// (decrypted) by the device store's repository. Swap here if the repository grows a by-event read.
import { useLiveQuery } from 'dexie-react-hooks'
import { Dexie } from 'dexie'
import { db } from '../../db/db.ts'
import { openRegistrations } from '../../db/registrations-repo.ts'
import type { LocalRegistration } from '../../db/schema.ts'

export function useEventRegistrations(eventId: string | undefined): LocalRegistration[] | undefined {
  return useLiveQuery(async () => {
    if (eventId === undefined) return []
    const rows = await db.registrations
      .where('[eventId+savedAt]')
      .between([eventId, Dexie.minKey], [eventId, Dexie.maxKey])
      .toArray()
    return openRegistrations(rows)
  }, [eventId])
}
