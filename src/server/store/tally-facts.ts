import { createHash } from 'node:crypto'
import {
  foldName,
  participantFactsBuilder,
  vietnamDate,
  withAdvised,
  type AdvisedRecord,
  type CampaignTally,
  type ParticipantFacts,
  type Registration,
  type RuleSet,
  type Tally,
  type TallyScope,
} from '../../domain/index.ts'
import type { Db } from './db.ts'
import { inCollectionOrder } from './in-collection-order.ts'

// Any fixed number: one tally at a time works facts out, on any number of servers.
const TALLY_FACTS_LOCK = 7_230_015
/** Registrations read, and facts written, per statement. */
const BATCH = 2_000
/** People worked out again per statement. */
const PEOPLE_BATCH = 500

const KEPT = `r.review_status = 'approved' AND NOT r.voided`

/**
 * Brings `tally_facts` (migration 0029) up to date before an office tally counts it: under other rules than
 * the facts were worked out with (or never worked out), every approved record again, in collection order;
 * otherwise only the people marked stale since, each from their own approved history. One call at a time,
 * across servers (an advisory lock). Writes committed while it works are marked for the next call.
 */
export async function refreshTallyFacts(db: Db, rules: RuleSet): Promise<void> {
  const fingerprint = fingerprintOf(rules)
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [TALLY_FACTS_LOCK])
    const [state] = await tx.query<{ rules_fingerprint: string | null }>(
      'SELECT rules_fingerprint FROM tally_facts_state',
    )
    const marks = await tx.query<{ mark_id: string; id_number: string }>(
      'SELECT mark_id::text AS mark_id, id_number FROM tally_facts_stale',
    )
    if (state?.rules_fingerprint === fingerprint) {
      const people = [...new Set(marks.map((m) => m.id_number))]
      for (let i = 0; i < people.length; i += PEOPLE_BATCH)
        await workOutPeople(tx, rules, people.slice(i, i + PEOPLE_BATCH))
    } else {
      await workOutEveryone(tx, rules)
      await tx.query('UPDATE tally_facts_state SET rules_fingerprint = $1', [fingerprint])
    }
    // Exactly the marks read above: one committed since stays, for the next call.
    const ids = marks.map((m) => m.mark_id)
    for (let i = 0; i < ids.length; i += BATCH)
      await tx.query('DELETE FROM tally_facts_stale WHERE mark_id = ANY($1::bigint[])', [
        ids.slice(i, i + BATCH),
      ])
  })
}

interface FactRow {
  record: string
  owner_id: string
  at: string
  id: string
}

const COLUMNS = `r.tally_record::text AS record, r.owner_id::text AS owner_id, r.collected_at::text AS at,
       r.id::text AS id`

async function workOutEveryone(tx: Db, rules: RuleSet): Promise<void> {
  await tx.exec('DELETE FROM tally_facts')
  const factsOf = participantFactsBuilder(rules)
  for await (const rows of inCollectionOrder<FactRow>(tx, COLUMNS, KEPT, [], BATCH))
    await insertFacts(
      tx,
      rows.flatMap((row) => factRows(row, factsOf)),
    )
}

/** The facts of `people`, from all their approved records; other people's in the same records are left. */
async function workOutPeople(tx: Db, rules: RuleSet, people: readonly string[]): Promise<void> {
  await tx.query('DELETE FROM tally_facts WHERE id_number = ANY($1::text[])', [people])
  const rows = await tx.query<FactRow>(
    `SELECT ${COLUMNS} FROM registrations r
      WHERE ${KEPT} AND r.id IN (SELECT p.registration_id FROM registration_people p
                                  WHERE p.id_number = ANY($1::text[]))
      ORDER BY r.collected_at, r.id`,
    [people],
  )
  // Each person's facts depend only on their own earlier records, so one pass serves them all.
  const factsOf = participantFactsBuilder(rules)
  const wanted = new Set(people)
  const facts = rows.flatMap((row) => factRows(row, factsOf)).filter((f) => wanted.has(f.idNumber))
  for (let i = 0; i < facts.length; i += BATCH) await insertFacts(tx, facts.slice(i, i + BATCH))
}

interface FactRowOut extends ParticipantFacts {
  registrationId: string
  index: number
  eventId: string
  ownerId: string
  collectedAt: string
  day: string
  provinceCode: string
  communeCode: string | null
  communeFolded: string
  communeSpelling: string
  collectedVnd: number
}

function factRows(
  row: FactRow,
  factsOf: (r: Registration, day?: string) => ParticipantFacts[],
): FactRowOut[] {
  const reg = JSON.parse(row.record) as Registration
  const day = vietnamDate(reg.collectedAt)
  const facts = factsOf(reg, day)
  return reg.participants.flatMap((p, index) => {
    const f = facts[index]
    if (!f) return []
    return [
      {
        ...f,
        registrationId: row.id,
        index,
        eventId: reg.eventId,
        ownerId: row.owner_id,
        collectedAt: row.at,
        day,
        provinceCode: p.address.provinceCode,
        communeCode: p.address.communeCode ?? null,
        communeFolded: foldName(p.address.commune),
        communeSpelling: p.address.commune.normalize('NFC').trim(),
        collectedVnd: index === 0 ? (reg.payment?.amountCollected ?? 0) : 0,
      },
    ]
  })
}

async function insertFacts(tx: Db, facts: readonly FactRowOut[]): Promise<void> {
  if (facts.length === 0) return
  const column = <K extends keyof FactRowOut>(k: K) => facts.map((f) => f[k])
  await tx.query(
    `INSERT INTO tally_facts (registration_id, participant_index, id_number, event_id, owner_id, collected_at,
       day, province_code, commune_code, commune_folded, commune_spelling, vsi_new, hi_new, hi_renewed,
       vssid_assisted, cashless_pension, state_support_vnd, collected_vnd)
     SELECT * FROM unnest($1::uuid[], $2::smallint[], $3::text[], $4::text[], $5::uuid[], $6::timestamptz[],
       $7::date[], $8::text[], $9::text[], $10::text[], $11::text[], $12::boolean[], $13::boolean[],
       $14::boolean[], $15::boolean[], $16::boolean[], $17::bigint[], $18::bigint[])`,
    [
      column('registrationId'),
      column('index'),
      column('idNumber'),
      column('eventId'),
      column('ownerId'),
      column('collectedAt'),
      column('day'),
      column('provinceCode'),
      column('communeCode'),
      column('communeFolded'),
      column('communeSpelling'),
      column('vsiNew'),
      column('hiNew'),
      column('hiRenewed'),
      column('vssidAssisted'),
      column('cashlessPension'),
      column('stateSupportVnd'),
      column('collectedVnd'),
    ],
  )
}

const fingerprints = new WeakMap<RuleSet, string>()

/** Changes whenever any row of the rule set does. */
export function fingerprintOf(rules: RuleSet): string {
  let value = fingerprints.get(rules)
  if (value === undefined) {
    value = createHash('sha256').update(JSON.stringify(rules)).digest('hex')
    fingerprints.set(rules, value)
  }
  return value
}

/** An office tally's scope as SQL over `tally_facts` (alias `f`), with its parameters from `$<first>`. */
function factsScope(scope: TallyScope, first: number, upToOnly = false): { sql: string; params: unknown[] } {
  const parts: string[] = []
  const params: unknown[] = []
  const next = (value: unknown) => {
    params.push(value)
    return `$${first + params.length - 1}`
  }
  // Calendar days in Vietnam, both ends inclusive.
  if (scope.to !== undefined)
    parts.push(`f.collected_at < ${next(`${scope.to}T00:00:00+07:00`)}::timestamptz + interval '1 day'`)
  if (!upToOnly) {
    if (scope.from !== undefined)
      parts.push(`f.collected_at >= ${next(`${scope.from}T00:00:00+07:00`)}::timestamptz`)
    if (scope.eventId !== undefined) parts.push(`f.event_id = ${next(scope.eventId)}`)
  }
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
 * The campaign tally of every approved, not voided registration (an office's scope), counted by SQL from
 * `tally_facts` — exactly what `tallyCampaign` gives over the records (test/server/store/tally-facts.test.ts).
 * Call `refreshTallyFacts` first.
 */
export async function countTallyFacts(
  db: Db,
  scope: TallyScope,
  advised: readonly AdvisedRecord[],
): Promise<CampaignTally> {
  const keys = await communeKeysOf(db, scope)
  const s = factsScope(scope, 4)
  // GROUPING(...) of each set: 15 the totals, 7 by event, 11 by day, 13 by commune, 14 by collector. Each
  // person is first reduced to one row per breakdown row, so every count is of distinct people.
  const rows = await db.query<GroupRow>(
    `WITH m AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS m(province_code, commune_folded, key)),
     f AS (SELECT f.*, COALESCE(f.commune_code, m.key) AS commune_key
             FROM tally_facts f
             LEFT JOIN m ON f.commune_code IS NULL AND m.province_code = f.province_code
                        AND m.commune_folded = f.commune_folded
            WHERE ${s.sql}),
     people AS (
       SELECT GROUPING(f.event_id, f.day, f.commune_key, f.owner_id) AS g, f.event_id, f.day, f.commune_key,
              f.owner_id, bool_or(f.vsi_new) AS vsi_new, bool_or(f.hi_new) AS hi_new,
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
    byEvent: sorted(byEvent),
    byDay: sorted(byDay),
    byCommune: sorted(byCommune),
    byStaff: sorted(byStaff),
    names: {
      commune: sorted(await communeNames(db, scope, keys)),
      staff: sorted(await staffNames(db, [...byStaff.keys()])),
    },
  }
  return withAdvised(tally, advised, scope)
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
function sorted<T>(map: Map<string, T>): Record<string, T> {
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

interface CommuneKey {
  province: string
  folded: string
  key: string
}

/**
 * The breakdown key of each commune typed without its code, as `campaignTallyBuilder` keys it: the first code
 * the same name (province, folded) carries among the records up to `to`, in collection order; else the first
 * spelling of it in scope. Usually none (migration 0029's partial index lists them).
 */
async function communeKeysOf(db: Db, scope: TallyScope): Promise<CommuneKey[]> {
  const s = factsScope(scope, 1)
  const codeless = await db.query<{ province: string; folded: string; spelling: string }>(
    `SELECT DISTINCT ON (f.province_code, f.commune_folded) f.province_code AS province,
            f.commune_folded AS folded, f.commune_spelling AS spelling
       FROM tally_facts f WHERE f.commune_code IS NULL AND ${s.sql}
      ORDER BY f.province_code, f.commune_folded, f.collected_at, f.registration_id, f.participant_index`,
    s.params,
  )
  if (codeless.length === 0) return []
  const upTo = factsScope(scope, 3, true)
  const codes = await db.query<{ province: string; folded: string; code: string }>(
    `SELECT DISTINCT ON (f.province_code, f.commune_folded) f.province_code AS province,
            f.commune_folded AS folded, f.commune_code AS code
       FROM tally_facts f
       JOIN unnest($1::text[], $2::text[]) AS n(province_code, commune_folded)
         ON n.province_code = f.province_code AND n.commune_folded = f.commune_folded
      WHERE f.commune_code IS NOT NULL AND ${upTo.sql}
      ORDER BY f.province_code, f.commune_folded, f.collected_at, f.registration_id, f.participant_index`,
    [codeless.map((c) => c.province), codeless.map((c) => c.folded), ...upTo.params],
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
  keys: readonly CommuneKey[],
): Promise<Map<string, string>> {
  const s = factsScope(scope, 4)
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
