import {
  campaignTallyBuilder,
  communeNameKey,
  type AdvisedRecord,
  type CampaignTally,
  type Registration,
  type RuleSet,
  type TallyScope,
} from '../../domain/index.ts'
import type { AuthUser } from './auth-user.ts'
import type { Db } from './db.ts'
import { inCollectionOrder } from './in-collection-order.ts'
import { registrationScope } from './registration-scope.ts'
import { countTallyFacts } from './count-tally-facts.ts'
import { refreshTallyFacts } from './tally-facts.ts'
import { TALLY_COLUMNS, type TallyRow } from './tally-row.ts'

/** Records parsed at a time: the tally holds one batch, never the whole history (#15). */
export const TALLY_BATCH = 5_000

/**
 * The campaign tally (`tallyCampaign`, src/domain) of the approved, not voided registrations in the caller's
 * scope, read from the compact `tally_record` (migration 0003: never names or phones) in batches of
 * TALLY_BATCH, in collection order, into `campaignTallyBuilder`. Memory is one batch plus a few entries
 * per person; at a province-year (800,000 approved) reading them all at once held 2.7 GB.
 *
 * Not narrowed by event or start date: earlier records are the history that decides whether a person is
 * "new". Records collected after `scope.to` cannot change anything in the window, so they are left out. An
 * event's tally reads only the history of the people met there: whether someone is new depends on that
 * person's own earlier records alone. A supervisor's history is their team's, so someone enrolled earlier
 * by another team still counts as new there.
 */
export async function tallyApproved(
  db: Db,
  user: AuthUser,
  scope: TallyScope,
  rules: RuleSet,
  advised: readonly AdvisedRecord[],
  batch = TALLY_BATCH,
): Promise<CampaignTally> {
  // An office sees every record, whose facts are kept worked out (tally-facts.ts); a team's tally keeps its
  // own history (a person enrolled by another team is new there), so it is worked out here.
  if (user.role === 'admin') {
    await refreshTallyFacts(db, rules)
    return countTallyFacts(db, scope, advised)
  }
  const s = registrationScope(user, 1)
  const params: unknown[] = [...s.params]
  let kept = `${s.sql} AND r.review_status = 'approved' AND NOT r.voided`
  // A commune typed without its code takes the code its name carries in any record, even after `to`.
  const keys = await communeKeys(db, kept, s.params)
  if (scope.to) {
    params.push(`${scope.to}T00:00:00+07:00`)
    // The whole `to` day in Vietnam: before the next midnight there.
    kept += ` AND r.collected_at < $${params.length}::timestamptz + interval '1 day'`
  }
  const tally = campaignTallyBuilder(scope, rules, keys)

  const names = new Map<string, string>()
  const batches =
    scope.eventId === undefined
      ? inCollectionOrder<TallyRow>(db, TALLY_COLUMNS, kept, params, batch)
      : historyOfEvent(db, kept, params, scope.eventId, batch)
  for await (const rows of batches) {
    await nameOwners(db, rows, names)
    for (const row of rows) {
      tally.add({
        registration: JSON.parse(row.record) as Registration,
        reviewStatus: 'approved',
        ownerId: row.owner_id,
        ownerName: names.get(row.owner_id),
      })
    }
  }
  return tally.finish(advised)
}

/**
 * Of the registrations `where` selects, those of the people met at `eventId` (any registration of theirs, at
 * any event), `batch` at a time in collection order. Their ids are listed once, in order, then read by id: a
 * keyset page would work the people out again for every page.
 */
async function* historyOfEvent(
  db: Db,
  where: string,
  params: readonly unknown[],
  eventId: string,
  batch: number,
): AsyncGenerator<TallyRow[]> {
  const ids = await db.query<{ id: string }>(
    `SELECT r.id::text AS id FROM registrations r
      WHERE ${where} AND r.id IN (
        SELECT h.registration_id FROM registration_people h WHERE h.id_number IN (
          SELECT e.id_number FROM registration_people e JOIN registrations er ON er.id = e.registration_id
           WHERE er.event_id = $${params.length + 1} AND er.review_status = 'approved'))
      ORDER BY r.collected_at, r.id`,
    [...params, eventId],
  )
  for (let i = 0; i < ids.length; i += batch) {
    const chunk = ids.slice(i, i + batch).map((r) => r.id)
    const rows = await db.query<TallyRow>(
      `SELECT ${TALLY_COLUMNS} FROM registrations r WHERE r.id = ANY($1::uuid[])`,
      [chunk],
    )
    const byId = new Map(rows.map((row) => [row.id, row]))
    yield chunk.flatMap((id) => byId.get(id) ?? [])
  }
}

/** Each collector's display name, once. */
async function nameOwners(db: Db, rows: readonly { owner_id: string }[], names: Map<string, string>) {
  const missing = [...new Set(rows.map((r) => r.owner_id))].filter((id) => !names.has(id))
  if (missing.length === 0) return
  const users = await db.query<{ id: string; display_name: string }>(
    'SELECT id::text AS id, display_name FROM users WHERE id = ANY($1::uuid[])',
    [missing],
  )
  for (const u of users) names.set(u.id, u.display_name)
}

/**
 * `communeKeys` for the builder (see campaignTallyBuilder): for each commune name typed somewhere without its
 * code (folded, from `registration_people`), the first code the same name carries in the same province
 * among the kept registrations, in collection order — what `communeKeysOf` finds over the records, for only
 * the names that need it (usually none; migration 0027's partial index lists them).
 */
async function communeKeys(db: Db, kept: string, params: readonly unknown[]): Promise<Map<string, string>> {
  const rows = await db.query<{ province: string; folded: string; code: string }>(
    `SELECT DISTINCT ON (x.province, p.commune_folded) x.province, p.commune_folded AS folded,
            p.commune_code AS code
       FROM registration_people p
       JOIN registrations r ON r.id = p.registration_id
      CROSS JOIN LATERAL (SELECT r.tally_record->'participants'->p.participant_index->'address'->>'provinceCode'
                          AS province) x
      WHERE ${kept} AND p.commune_code IS NOT NULL
        AND p.commune_folded IN (SELECT n.commune_folded FROM registration_people n WHERE n.commune_code IS NULL)
      ORDER BY x.province, p.commune_folded, r.collected_at, r.id, p.participant_index`,
    [...params],
  )
  return new Map(rows.map((r) => [communeNameKey(r.province, r.folded), r.code]))
}
