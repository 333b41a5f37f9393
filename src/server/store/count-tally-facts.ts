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
import { communeKeysOf, communeNames, staffNames, type CommuneKey } from './tally-facts-names.ts'
import { factsScope, type TallyOf } from './tally-facts-scope.ts'

export type { TallyOf } from './tally-facts-scope.ts'

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
  // A commune typed without its code in scope (joined to others at query time): each person reduced to one
  // row per breakdown row. Otherwise the `prev_…` days say who is counted already: `tally_facts`' over every
  // record for the office, `tally_team_facts`' over the team's own (migration 0031). In one event's tally
  // the days within the event serve its totals and days; its communes and collectors are counted by person
  // (there are no days by event and commune, or by event and collector).
  const byPrevDays = keys.length === 0 && (of === 'office' || of.team !== null)
  const rows = !byPrevDays
    ? await countByPerson(db, scope, of, keys, BREAKDOWNS)
    : scope.eventId === undefined
      ? await countByPrevDays(db, scope, of, 'whole')
      : [
          ...(await countByPrevDays(db, scope, of, 'event')),
          ...(await countByPerson(db, scope, of, keys, ['commune', 'owner'])),
        ]
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
  // sortedObject builds with Object.fromEntries (own properties), so an event id like "__proto__" cannot reach
  // the prototype.
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

/**
 * The `breakdowns` asked, each person reduced to one row per breakdown row. Each row's `g` says which (`G`,
 * by `groupingOf`): 15 the totals, 7 by event, 11 by day, 13 by commune, 14 by collector.
 */
async function countByPerson(
  db: Db,
  scope: TallyScope,
  of: TallyOf,
  keys: readonly CommuneKey[],
  breakdowns: readonly Breakdown[],
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
       SELECT ${groupingOf(breakdowns)} AS g, ${keysOf(breakdowns)}, bool_or(${vsiNew}) AS vsi_new, bool_or(${hiNew}) AS hi_new,
              bool_or(f.hi_renewed) AS hi_renewed, bool_or(f.vssid_assisted) AS vssid_assisted,
              bool_or(f.cashless_pension) AS cashless_pension,
              count(*) FILTER (WHERE f.participant_index = 0) AS registrations,
              sum(f.collected_vnd) AS collected_vnd, sum(f.state_support_vnd) AS state_support_vnd
         FROM f
        GROUP BY GROUPING SETS (${breakdowns.map((by) => `(${[...keysIn(by).map((k) => KEYS[k].person), 'f.id_number'].join(', ')})`).join(', ')}))
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
 * those few cells (in one event's tally, the totals, the event and its days). One statement; whatever else
 * the tally reads is read in the same repeatable-read transaction.
 */
async function countByPrevDays(
  db: Db,
  scope: TallyScope,
  of: TallyOf,
  within: 'whole' | 'event',
): Promise<GroupRow[]> {
  const s = factsScope(scope, of, 2)
  const facts = of === 'office' ? 'tally_facts' : 'tally_team_facts'
  const since = (by: string) => (f: string) => `(f.prev_${by}_${f} IS NULL OR f.prev_${by}_${f} < $1::date)`
  // Within one event, the person's latest earlier row in that event says it for the totals and the days.
  const overall = within === 'whole' ? 'total' : 'event'
  const firstIn: Record<Breakdown, (flag: string) => string> = {
    total: since(overall),
    event: since('event'),
    day: (f) => `(f.prev_${overall}_${f} IS NULL OR f.prev_${overall}_${f} < f.day)`,
    commune: since('commune'),
    owner: since('owner'),
  }
  const breakdowns: readonly Breakdown[] = within === 'whole' ? BREAKDOWNS : ['total', 'event', 'day']
  // The cells need only the keys of the breakdowns counted here.
  const cellKeys = breakdowns.flatMap((by) => keysIn(by).map((k) => `f.${KEYS[k].fact}`)).join(', ')
  const cells = breakdowns
    .flatMap((by) =>
      FACT_FLAGS.map((f) => `count(*) FILTER (WHERE f.${f} AND ${firstIn[by](f)}) AS ${by}_${f}`),
    )
    .join(',\n       ')
  const breakdown = (by: Breakdown) => {
    const keys = KEYED.map(
      (k) => `${k === by ? `${KEYS[k].fact}::text` : 'NULL::text'} AS ${KEYS[k].name}`,
    ).join(', ')
    const counts = FACT_FLAGS.map((f) => `coalesce(sum(${by}_${f}), 0)::int AS ${f}`).join(', ')
    return `SELECT ${G[by]} AS g, ${keys}, ${counts}, coalesce(sum(registrations), 0)::float8 AS registrations,
       coalesce(sum(collected_vnd), 0)::float8 AS collected_vnd,
       coalesce(sum(state_support_vnd), 0)::float8 AS state_support_vnd
       FROM cells${by === 'total' ? '' : ` GROUP BY ${KEYS[by].fact}`}`
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
     SELECT ${cellKeys},
       ${cells},
       count(*) FILTER (WHERE f.participant_index = 0) AS registrations,
       sum(f.collected_vnd) AS collected_vnd, sum(f.state_support_vnd) AS state_support_vnd
       FROM ${facts} f WHERE ${s.sql}
      GROUP BY ${cellKeys})
     ${breakdowns.map(breakdown).join('\nUNION ALL\n')}`,
    [scope.from ?? null, ...s.params],
  )
}

type Breakdown = 'total' | 'event' | 'day' | 'commune' | 'owner'
const BREAKDOWNS: readonly Breakdown[] = ['total', 'event', 'day', 'commune', 'owner']
/** Each breakdown row's number, as the rows of both counts carry it (`g`). */
const G: Record<Breakdown, number> = { total: 15, event: 7, day: 11, commune: 13, owner: 14 }
type Keyed = Exclude<Breakdown, 'total'>
const KEYED: readonly Keyed[] = ['event', 'day', 'commune', 'owner']
/**
 * Each breakdown's key: its column in the facts (`fact`), in `countByPerson`'s rows (`person`: a commune
 * typed without its code is keyed at query time), and its name and type in the rows both counts answer.
 */
const KEYS: Record<Keyed, { fact: string; person: string; name: string; type: string }> = {
  event: { fact: 'event_id', person: 'f.event_id', name: 'event_id', type: 'text' },
  day: { fact: 'day', person: 'f.day', name: 'day', type: 'date' },
  commune: { fact: 'commune_code', person: 'f.commune_key', name: 'commune_key', type: 'text' },
  owner: { fact: 'owner_id', person: 'f.owner_id', name: 'owner_id', type: 'uuid' },
}
const keysIn = (by: Breakdown): Keyed[] => (by === 'total' ? [] : [by])

/** The four key columns of `countByPerson`'s rows: NULL for a breakdown not asked (not grouped by). */
function keysOf(breakdowns: readonly Breakdown[]): string {
  return KEYED.map((k) =>
    breakdowns.includes(k)
      ? `${KEYS[k].person} AS ${KEYS[k].name}`
      : `NULL::${KEYS[k].type} AS ${KEYS[k].name}`,
  ).join(', ')
}

/** Which of `breakdowns` a grouped row is, as `G` numbers them: the one set whose key is grouped. */
function groupingOf(breakdowns: readonly Breakdown[]): string {
  const whens = breakdowns
    .flatMap(keysIn)
    .map((k) => `WHEN GROUPING(${KEYS[k].person}) = 0 THEN ${G[k]}`)
    .join(' ')
  return whens === '' ? `${G.total}` : `CASE ${whens} ELSE ${G.total} END`
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
