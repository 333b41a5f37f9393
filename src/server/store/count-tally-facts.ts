import {
  sortedObject,
  withAdvised,
  type AdvisedRecord,
  type CampaignTally,
  type Tally,
  type TallyScope,
} from '../../domain/index.ts'
import type { Db } from './db.ts'
import { FACT_FLAGS } from './tally-facts.ts'

/**
 * Whose tally: the office's, over every record, or a team's, over its own records with its own history (the
 * `team_…` facts, migration 0030). A supervisor without a team has nothing to count.
 */
export type TallyOf = 'office' | { team: string | null }

/** A tally's scope as SQL over `tally_facts` (alias `f`), with its parameters from `$<first>`. */
function factsScope(scope: TallyScope, of: TallyOf, first: number): { sql: string; params: unknown[] } {
  const parts: string[] = []
  const params: unknown[] = []
  const next = (value: unknown) => {
    params.push(value)
    return `$${first + params.length - 1}`
  }
  if (of !== 'office') parts.push(of.team === null ? 'FALSE' : `f.team_id = ${next(of.team)}`)
  // Calendar days in Vietnam, both ends inclusive.
  if (scope.to !== undefined)
    parts.push(`f.collected_at < ${next(`${scope.to}T00:00:00+07:00`)}::timestamptz + interval '1 day'`)
  if (scope.from !== undefined)
    parts.push(`f.collected_at >= ${next(`${scope.from}T00:00:00+07:00`)}::timestamptz`)
  if (scope.eventId !== undefined) parts.push(`f.event_id = ${next(scope.eventId)}`)
  return { sql: parts.length > 0 ? parts.join(' AND ') : 'TRUE', params }
}

interface GroupRow {
  g: number
  event_id: string | null
  day: string | null
  commune_key: string | null
  owner_id: string | null
  vsi_new: number
  hi_new: number
  hi_renewed: number
  vssid_assisted: number
  cashless_pension: number
  registrations: number
  collected_vnd: number
  state_support_vnd: number
}

/**
 * The campaign tally of the approved, not voided registrations of the office or of a team, counted by SQL
 * from `tally_facts` — exactly what `tallyCampaign` gives over those records (tally-facts.test.ts,
 * tally-in-batches.test.ts). Call `refreshTallyFacts` first.
 */
export async function countTallyFacts(
  db: Db,
  scope: TallyScope,
  of: TallyOf,
  advised: readonly AdvisedRecord[],
): Promise<CampaignTally> {
  // Every statement sees the same facts, whatever another server's refresh commits meanwhile.
  return db.transaction(async (tx) => {
    await tx.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ')
    return countIn(tx, scope, of, advised)
  })
}

async function countIn(
  db: Db,
  scope: TallyScope,
  of: TallyOf,
  advised: readonly AdvisedRecord[],
): Promise<CampaignTally> {
  const keys = await communeKeysOf(db, scope, of)
  // An event's figures, or a commune typed without its code in scope (joined to others at query time): each
  // person reduced to one row per breakdown row. Otherwise the `prev_…` days say who is counted already:
  // `tally_facts`' over every record for the office, `tally_team_facts`' over the team's own (migration 0031).
  const rows =
    scope.eventId === undefined && keys.length === 0 && (of === 'office' || of.team !== null)
      ? await countByPrevDays(db, scope, of)
      : await countByPerson(db, scope, of, keys)
  let totals = ZERO

  const byEvent = new Map<string, Tally>()
  const byDay = new Map<string, Tally>()
  const byCommune = new Map<string, Tally>()
  const byStaff = new Map<string, Tally>()
  for (const row of rows) {
    const t = tallyOf(row)
    if (row.g === 15) totals = t
    else if (row.g === 7 && row.event_id !== null) byEvent.set(row.event_id, t)
    else if (row.g === 11 && row.day !== null) byDay.set(row.day, t)
    else if (row.g === 13 && row.commune_key !== null) byCommune.set(row.commune_key, t)
    else if (row.g === 14 && row.owner_id !== null) byStaff.set(row.owner_id, t)
  }
  const tally: CampaignTally = {
    totals,
    byEvent: sortedObject(byEvent),
    byDay: sortedObject(byDay),
    byCommune: sortedObject(byCommune),
    byStaff: sortedObject(byStaff),
    names: {
      commune: sortedObject(await communeNames(db, scope, of, keys)),
      staff: sortedObject(await staffNames(db, [...byStaff.keys()])),
    },
  }
  return withAdvised(tally, advised, scope)
}

/** GROUPING(...) of each set: 15 the totals, 7 by event, 11 by day, 13 by commune, 14 by collector. */
async function countByPerson(
  db: Db,
  scope: TallyScope,
  of: TallyOf,
  keys: readonly CommuneKey[],
): Promise<GroupRow[]> {
  const s = factsScope(scope, of, 4)
  // A team's history is its own: new to the team, though maybe not to the office.
  const vsiNew = of === 'office' ? 'f.vsi_new' : 'f.team_vsi_new'
  const hiNew = of === 'office' ? 'f.hi_new' : 'f.team_hi_new'
  return db.query<GroupRow>(
    `WITH m AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS m(province_code, commune_folded, key)),
     f AS (SELECT f.*, COALESCE(f.commune_code, m.key) AS commune_key
             FROM tally_facts f
             LEFT JOIN m ON f.commune_code IS NULL AND m.province_code = f.province_code
                        AND m.commune_folded = f.commune_folded
            WHERE ${s.sql}),
     people AS (
       SELECT GROUPING(f.event_id, f.day, f.commune_key, f.owner_id) AS g, f.event_id, f.day, f.commune_key,
              f.owner_id, bool_or(${vsiNew}) AS vsi_new, bool_or(${hiNew}) AS hi_new,
              bool_or(f.hi_renewed) AS hi_renewed, bool_or(f.vssid_assisted) AS vssid_assisted,
              bool_or(f.cashless_pension) AS cashless_pension,
              count(*) FILTER (WHERE f.participant_index = 0) AS registrations,
              sum(f.collected_vnd) AS collected_vnd, sum(f.state_support_vnd) AS state_support_vnd
         FROM f
        GROUP BY GROUPING SETS ((f.id_number), (f.event_id, f.id_number), (f.day, f.id_number),
                                (f.commune_key, f.id_number), (f.owner_id, f.id_number)))
     SELECT g::int AS g, event_id, day::text AS day, commune_key, owner_id::text AS owner_id,
            (count(*) FILTER (WHERE vsi_new))::int AS vsi_new, (count(*) FILTER (WHERE hi_new))::int AS hi_new,
            (count(*) FILTER (WHERE hi_renewed))::int AS hi_renewed,
            (count(*) FILTER (WHERE vssid_assisted))::int AS vssid_assisted,
            (count(*) FILTER (WHERE cashless_pension))::int AS cashless_pension,
            sum(registrations)::float8 AS registrations, sum(collected_vnd)::float8 AS collected_vnd,
            sum(state_support_vnd)::float8 AS state_support_vnd
       FROM people GROUP BY g, event_id, day, commune_key, owner_id`,
    [keys.map((k) => k.province), keys.map((k) => k.folded), keys.map((k) => k.key), ...s.params],
  )
}

/**
 * Distinct people without grouping by person: a row counts its person in a breakdown row when the person's
 * latest earlier row with the same fact in that breakdown (`prev_<breakdown>_<fact>`, migration 0029; for a
 * team, among the team's rows, 0031) is before the scope, or there is none; in a day's row, when it is on an
 * earlier day. These counts add up, so one scan sums them for each combination of event, day, commune and
 * collector met in scope, every breakdown's counts side by side, and the five breakdowns are added up from
 * those few cells. One statement, so all five see the same facts.
 */
async function countByPrevDays(db: Db, scope: TallyScope, of: TallyOf): Promise<GroupRow[]> {
  const s = factsScope(scope, of, 2)
  const facts = of === 'office' ? 'tally_facts' : 'tally_team_facts'
  const since = (by: string) => (f: string) => `(f.prev_${by}_${f} IS NULL OR f.prev_${by}_${f} < $1::date)`
  const firstIn: Record<Breakdown, (flag: string) => string> = {
    total: since('total'),
    event: since('event'),
    day: (f) => `(f.prev_total_${f} IS NULL OR f.prev_total_${f} < f.day)`,
    commune: since('commune'),
    owner: since('owner'),
  }
  const cells = BREAKDOWNS.flatMap((by) =>
    FACT_FLAGS.map((f) => `count(*) FILTER (WHERE f.${f} AND ${firstIn[by](f)}) AS ${by}_${f}`),
  ).join(',\n       ')
  const breakdown = (by: Breakdown) => {
    const column = BY_CELL[by]
    const keys = Object.entries(BY_CELL)
      .filter(([, c]) => c !== null)
      .map(([b, c]) => `${b === by ? `${c}::text` : 'NULL::text'} AS ${KEY_NAME[b as Breakdown]}`)
      .join(', ')
    const counts = FACT_FLAGS.map((f) => `coalesce(sum(${by}_${f}), 0)::int AS ${f}`).join(', ')
    return `SELECT ${G[by]} AS g, ${keys}, ${counts}, coalesce(sum(registrations), 0)::float8 AS registrations,
       coalesce(sum(collected_vnd), 0)::float8 AS collected_vnd,
       coalesce(sum(state_support_vnd), 0)::float8 AS state_support_vnd
       FROM cells${column === null ? '' : ` GROUP BY ${column}`}`
  }
  // A breakdown row for every key met in scope, as the builder opens one; the totals' row always.
  // The cells' hash table stays in memory: about 21 MB a process for 25,000 cells at a million registrations,
  // within 32 MB × hash_mem_multiplier; more cells spill to disk rather than grow further. Raised for this
  // transaction only, and never lowered below what the server is configured with.
  await db.query(
    `SELECT set_config('work_mem', '32MB', true)
      WHERE pg_size_bytes(current_setting('work_mem')) < pg_size_bytes('32MB')`,
  )
  return db.query<GroupRow>(
    `WITH cells AS MATERIALIZED (
     SELECT f.event_id, f.day, f.commune_code, f.owner_id,
       ${cells},
       count(*) FILTER (WHERE f.participant_index = 0) AS registrations,
       sum(f.collected_vnd) AS collected_vnd, sum(f.state_support_vnd) AS state_support_vnd
       FROM ${facts} f WHERE ${s.sql}
      GROUP BY f.event_id, f.day, f.commune_code, f.owner_id)
     ${BREAKDOWNS.map(breakdown).join('\nUNION ALL\n')}`,
    [scope.from ?? null, ...s.params],
  )
}

type Breakdown = 'total' | 'event' | 'day' | 'commune' | 'owner'
const BREAKDOWNS: readonly Breakdown[] = ['total', 'event', 'day', 'commune', 'owner']
/** GROUPING(...) as `countByPerson` numbers its sets. */
const G: Record<Breakdown, number> = { total: 15, event: 7, day: 11, commune: 13, owner: 14 }
const BY_CELL: Record<Breakdown, string | null> = {
  total: null,
  event: 'event_id',
  day: 'day',
  commune: 'commune_code',
  owner: 'owner_id',
}
const KEY_NAME: Record<Breakdown, string> = {
  total: '',
  event: 'event_id',
  day: 'day',
  commune: 'commune_key',
  owner: 'owner_id',
}

const ZERO: Tally = {
  vsiNew: 0,
  hiNew: 0,
  hiRenewed: 0,
  vssidAssisted: 0,
  cashlessPension: 0,
  registrations: 0,
  collectedVnd: 0,
  stateSupportVnd: 0,
  advised: 0,
}

const tallyOf = (row: GroupRow): Tally => ({
  vsiNew: row.vsi_new,
  hiNew: row.hi_new,
  hiRenewed: row.hi_renewed,
  vssidAssisted: row.vssid_assisted,
  cashlessPension: row.cashless_pension,
  registrations: row.registrations,
  collectedVnd: row.collected_vnd,
  stateSupportVnd: row.state_support_vnd,
  advised: 0,
})

// Object.fromEntries defines own properties, so an event id like "__proto__" cannot reach the prototype.
interface CommuneKey {
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
async function communeKeysOf(db: Db, scope: TallyScope, of: TallyOf): Promise<CommuneKey[]> {
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
async function communeNames(
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

async function staffNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const users = await db.query<{ id: string; display_name: string }>(
    'SELECT id::text AS id, display_name FROM users WHERE id = ANY($1::uuid[])',
    [ids],
  )
  return new Map(users.map((u) => [u.id, u.display_name]))
}
