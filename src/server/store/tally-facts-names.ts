// The keys and names of a tally's breakdown rows: communes typed without their code, each commune's spelling,
// each collector's name.
import type { TallyScope } from '../../domain/index.ts'
import type { Db } from './db.ts'
import { factsScope, type TallyOf } from './tally-facts-scope.ts'

export interface CommuneKey {
  province: string
  folded: string
  key: string
}

/**
 * The breakdown key of each commune typed without its code, as `campaignTallyBuilder` keys it: the first code
 * the same name (province, folded) carries among all the records counted (the office's, or the team's), in
 * collection order (as `tallyCampaign`); else the first spelling of it in scope. Usually none (migration
 * 0029's partial index lists them).
 */
export async function communeKeysOf(db: Db, scope: TallyScope, of: TallyOf): Promise<CommuneKey[]> {
  const s = factsScope(scope, of, 1)
  const codeless = await db.query<{ province: string; folded: string; spelling: string }>(
    `SELECT DISTINCT ON (f.province_code, f.commune_folded) f.province_code AS province,
            f.commune_folded AS folded, f.commune_spelling AS spelling
       FROM tally_facts f WHERE f.commune_code IS NULL AND ${s.sql}
      ORDER BY f.province_code, f.commune_folded, f.collected_at, f.registration_id, f.participant_index`,
    s.params,
  )
  if (codeless.length === 0) return []
  const whose = factsScope({}, of, 3)
  const codes = await db.query<{ province: string; folded: string; code: string }>(
    `SELECT DISTINCT ON (f.province_code, f.commune_folded) f.province_code AS province,
            f.commune_folded AS folded, f.commune_code AS code
       FROM tally_facts f
       JOIN unnest($1::text[], $2::text[]) AS n(province_code, commune_folded)
         ON n.province_code = f.province_code AND n.commune_folded = f.commune_folded
      WHERE f.commune_code IS NOT NULL AND ${whose.sql}
      ORDER BY f.province_code, f.commune_folded, f.collected_at, f.registration_id, f.participant_index`,
    [codeless.map((c) => c.province), codeless.map((c) => c.folded), ...whose.params],
  )
  const codeOf = new Map(codes.map((c) => [`${c.province} ${c.folded}`, c.code]))
  return codeless.map((c) => ({
    province: c.province,
    folded: c.folded,
    key: codeOf.get(`${c.province} ${c.folded}`) ?? c.spelling,
  }))
}

/**
 * The display name of each commune row: the spelling of the first participant in scope, in collection order,
 * counted in that row (as `campaignTallyBuilder` names them). Per code, the first row in scope is found by
 * index (a few hundred communes, not a sort of every participant).
 */
export async function communeNames(
  db: Db,
  scope: TallyScope,
  of: TallyOf,
  keys: readonly CommuneKey[],
): Promise<Map<string, string>> {
  const s = factsScope(scope, of, 4)
  const rows = await db.query<{ key: string; spelling: string }>(
    `WITH RECURSIVE codes(code) AS (
       (SELECT commune_code FROM tally_facts WHERE commune_code IS NOT NULL ORDER BY commune_code LIMIT 1)
       UNION ALL
       SELECT (SELECT t.commune_code FROM tally_facts t WHERE t.commune_code > codes.code
                ORDER BY t.commune_code LIMIT 1)
         FROM codes WHERE codes.code IS NOT NULL),
     m AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS m(province_code, commune_folded, key)),
     firsts AS (
       SELECT c.code AS key, x.commune_spelling AS spelling, x.collected_at, x.registration_id, x.participant_index
         FROM codes c
        CROSS JOIN LATERAL (SELECT f.commune_spelling, f.collected_at, f.registration_id, f.participant_index
                              FROM tally_facts f WHERE f.commune_code = c.code AND ${s.sql}
                             ORDER BY f.collected_at, f.registration_id, f.participant_index LIMIT 1) x
        WHERE c.code IS NOT NULL
       UNION ALL
       (SELECT DISTINCT ON (f.province_code, f.commune_folded) m.key, f.commune_spelling, f.collected_at,
              f.registration_id, f.participant_index
         FROM tally_facts f JOIN m ON m.province_code = f.province_code AND m.commune_folded = f.commune_folded
        WHERE f.commune_code IS NULL AND ${s.sql}
        ORDER BY f.province_code, f.commune_folded, f.collected_at, f.registration_id, f.participant_index))
     SELECT DISTINCT ON (key) key, spelling FROM firsts
      ORDER BY key, collected_at, registration_id, participant_index`,
    [keys.map((k) => k.province), keys.map((k) => k.folded), keys.map((k) => k.key), ...s.params],
  )
  return new Map(rows.map((r) => [r.key, r.spelling]))
}

export async function staffNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const users = await db.query<{ id: string; display_name: string }>(
    'SELECT id::text AS id, display_name FROM users WHERE id = ANY($1::uuid[])',
    [ids],
  )
  return new Map(users.map((u) => [u.id, u.display_name]))
}
