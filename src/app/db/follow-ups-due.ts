// The follow-ups due, found in the clear `followUpOn` index (schema v7) without opening anything: its own
// module, because the home screen asks on every visit and must not bring the rest of the consultations'
// code (sealing, opening) into the enrol screen's first bundle.
import { db } from './db.ts'
import type { StoredConsultation } from './schema.ts'

/**
 * The rows of the follow-ups due on or before `today` and not dealt with: one read of the `followUpOn` index,
 * which holds only the open ones. Ones dealt with before v7 still carry the day; they are skipped here.
 */
export async function dueFollowUpRows(today: string): Promise<StoredConsultation[]> {
  const rows = await db.consultations.where('followUpOn').belowOrEqual(today).toArray()
  return rows.filter((r) => r.followUpDone !== true)
}

/** Whether any follow-up is due on or before `today` (the home screen loads the list only then). */
export async function hasFollowUpsDue(today: string): Promise<boolean> {
  return (await dueFollowUpRows(today)).length > 0
}
