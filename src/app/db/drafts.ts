// Unfinished forms live in IndexedDB (never localStorage or the URL) so a reload never loses typing.
import { db } from './db.ts'

export const enrolDraftKey = (id?: string) => (id ? `enrol:${id}` : 'enrol')

export async function loadDraft<T>(key: string): Promise<T | undefined> {
  return (await db.drafts.get(key))?.values as T | undefined
}

export async function saveDraft(key: string, values: unknown, now = Date.now()): Promise<void> {
  await db.drafts.put({ key, values, savedAt: now })
}

export async function deleteDraft(key: string): Promise<void> {
  await db.drafts.delete(key)
}
