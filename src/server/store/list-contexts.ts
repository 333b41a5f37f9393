import type { ListContext } from '../../domain/index.ts'
import type { Db } from './db.ts'

/**
 * What the BHXH lists need beyond the records of one export batch, by registration id: the
 * collector's username as the staff code, and for each participant in `scheme` whether an earlier approved,
 * not voided registration of the same ID number in that scheme exists. "Earlier" is by (collected_at, id),
 * the lists' own order, so re-exporting an old period gives the same answer. The history is the whole
 * database, not the caller's scope: only a yes/no per listed person leaves it, and the agency knows a person
 * whichever team enrolled them. One query per batch, on the ID-number index.
 */
export async function listContexts(
  db: Db,
  registrationIds: readonly string[],
  scheme: 'vsi' | 'hi',
): Promise<Map<string, ListContext>> {
  const has = scheme === 'vsi' ? 'has_vsi' : 'has_hi'
  const rows = await db.query<{ id: string; idx: number; username: string; before: boolean }>(
    `SELECT rp.registration_id AS id, rp.participant_index AS idx, u.username,
            EXISTS (SELECT 1 FROM registration_people q JOIN registrations o ON o.id = q.registration_id
                     WHERE q.id_number = rp.id_number AND q.${has} AND o.review_status = 'approved'
                       AND NOT o.voided
                       AND (o.collected_at, o.id) < (r.collected_at, r.id)) AS before
       FROM registration_people rp
       JOIN registrations r ON r.id = rp.registration_id
       JOIN users u ON u.id = r.owner_id
      WHERE rp.registration_id = ANY($1::uuid[]) AND rp.${has}`,
    [registrationIds],
  )
  const contexts = new Map<string, { collectorCode: string; enrolledBefore: boolean[] }>()
  for (const row of rows) {
    let context = contexts.get(row.id)
    if (!context) {
      context = { collectorCode: row.username, enrolledBefore: [] }
      contexts.set(row.id, context)
    }
    context.enrolledBefore[Number(row.idx)] = row.before
  }
  return contexts
}
