// Unfinished forms live in IndexedDB (never localStorage or the URL) so a reload never loses typing.
// Their values are citizens' data, sealed like registrations (schema.ts Draft).
import { requireDataKey } from './data-key.ts'
import { db } from './db.ts'
import { seal, unseal } from './sealed-box.ts'

export const enrolDraftKey = (id?: string) => (id ? `enrol:${id}` : 'enrol')
export const draftContext = (key: string) => `draft:${key}`

export async function loadDraft<T>(key: string): Promise<T | undefined> {
  const row = await db.drafts.get(key)
  if (!row) return undefined
  if (row.held !== undefined) return row.held as T
  if (!row.sealed) return undefined
  return unseal<T>(requireDataKey(), row.sealed, draftContext(key))
}

/** Throws LockedError when locked: the form is unmounted by then (App.tsx), so nothing is typing. */
export async function saveDraft(key: string, values: unknown, now = Date.now()): Promise<void> {
  const sealed = await seal(requireDataKey(), values, draftContext(key))
  await db.drafts.put({ key, sealed, savedAt: now })
}

export async function deleteDraft(key: string): Promise<void> {
  await db.drafts.delete(key)
}
