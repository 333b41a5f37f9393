import { createHash } from 'node:crypto'
import {
  foldName,
  participantFactsBuilder,
  vietnamDate,
  type ParticipantFacts,
  type Registration,
  type RuleSet,
} from '../../domain/index.ts'
import type { Db } from './db.ts'
import { inCollectionOrder } from './in-collection-order.ts'
import { TALLY_COLUMNS, type TallyRow } from './tally-row.ts'

// Any fixed number: one tally at a time works facts out, on any number of servers.
export const TALLY_FACTS_LOCK = 7_230_015
/** Registrations read, and facts written, per statement. */
const BATCH = 2_000
/** People worked out again per statement. */
const PEOPLE_BATCH = 500

const KEPT = `r.review_status = 'approved' AND NOT r.voided`

/**
 * Brings `tally_facts` (migration 0029) up to date before a tally counts it: under other rules than
 * the facts were worked out with (or never worked out), every approved record again, in collection order, in
 * one transaction; otherwise the people marked stale since, each from their own approved history, PEOPLE_BATCH
 * people per transaction, so other requests on the embedded database's one connection go between them. One
 * transaction at a time, across servers (an advisory lock). Writes committed while it works are marked and
 * taken by a later batch or call. An aborted `signal` stops it at the next batch; that batch's transaction
 * leaves everything as it was.
 */
export async function refreshTallyFacts(
  db: Db,
  rules: RuleSet,
  signal?: AbortSignal,
  peopleBatch = PEOPLE_BATCH,
): Promise<TallyFactsRefreshed> {
  const fingerprint = fingerprintOf(rules)
  let people = 0
  for (;;) {
    const step = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [TALLY_FACTS_LOCK])
      signal?.throwIfAborted()
      const [state] = await tx.query<{ rules_fingerprint: string | null }>(
        'SELECT rules_fingerprint FROM tally_facts_state',
      )
      if (state?.rules_fingerprint !== fingerprint) {
        const marks = await tx.query<{ mark_id: string }>(
          'SELECT mark_id::text AS mark_id FROM tally_facts_stale',
        )
        await workOutEveryone(tx, rules, signal)
        await tx.query('UPDATE tally_facts_state SET rules_fingerprint = $1', [fingerprint])
        await deleteMarks(tx, marks)
        return { everyone: true, people: 0 }
      }
      // The marks of the next `peopleBatch` people.
      const marks = await tx.query<{ mark_id: string; id_number: string }>(
        `SELECT mark_id::text AS mark_id, id_number FROM tally_facts_stale
          WHERE id_number = ANY (SELECT DISTINCT id_number FROM tally_facts_stale LIMIT $1)`,
        [peopleBatch],
      )
      const batch = [...new Set(marks.map((m) => m.id_number))]
      if (batch.length > 0) await workOutPeople(tx, rules, batch)
      await deleteMarks(tx, marks)
      return { everyone: false, people: batch.length }
    })
    if (step.everyone) return step
    people += step.people
    // Fewer than a batch: every mark there was is taken.
    if (step.people < peopleBatch) return { everyone: false, people }
  }
}

/**
 * True while another transaction works every fact out again because the rules changed (the state still names
 * other rules, and the facts' lock is taken): the facts committed before it can still be counted at once,
 * instead of waiting minutes for it at a province's scale. False when nothing is being worked out again, when
 * nothing was ever worked out (no figures to show but the new ones), and on the embedded database, where no
 * other transaction runs meanwhile.
 */
export async function rebuildingElsewhere(db: Db, rules: RuleSet): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [state] = await tx.query<{ rules_fingerprint: string | null }>(
      'SELECT rules_fingerprint FROM tally_facts_state',
    )
    if (!state?.rules_fingerprint || state.rules_fingerprint === fingerprintOf(rules)) return false
    const [free] = await tx.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS ok', [
      TALLY_FACTS_LOCK,
    ])
    return free?.ok === false
  })
}

/** Exactly the marks read: one committed since stays, for the next batch or call. */
async function deleteMarks(tx: Db, marks: readonly { mark_id: string }[]): Promise<void> {
  const ids = marks.map((m) => m.mark_id)
  for (let i = 0; i < ids.length; i += BATCH)
    await tx.query('DELETE FROM tally_facts_stale WHERE mark_id = ANY($1::bigint[])', [
      ids.slice(i, i + BATCH),
    ])
}

/** What a refresh did: every record worked out again, or only `people` (0: nothing had changed). */
export interface TallyFactsRefreshed {
  everyone: boolean
  people: number
}

async function workOutEveryone(tx: Db, rules: RuleSet, signal: AbortSignal | undefined): Promise<void> {
  await tx.exec('DELETE FROM tally_facts')
  await tx.exec('DELETE FROM tally_team_facts')
  await openIncoming(tx)
  const factsOf = factsBuilder(rules)
  for await (const rows of inCollectionOrder<TallyRow>(tx, TALLY_COLUMNS, KEPT, [], BATCH)) {
    signal?.throwIfAborted()
    await insertFacts(tx, rows.flatMap(factsOf))
  }
  await moveIncoming(tx)
  // Every row is new: the planner needs to know (PGlite never analyzes by itself).
  await tx.exec('ANALYZE tally_facts')
  await tx.exec('ANALYZE tally_team_facts')
}

/** The facts of `people`, from all their approved records; other people's in the same records are left. */
async function workOutPeople(tx: Db, rules: RuleSet, people: readonly string[]): Promise<void> {
  await tx.query('DELETE FROM tally_facts WHERE id_number = ANY($1::text[])', [people])
  await tx.query('DELETE FROM tally_team_facts WHERE id_number = ANY($1::text[])', [people])
  const rows = await tx.query<TallyRow>(
    `SELECT ${TALLY_COLUMNS} FROM registrations r
      WHERE ${KEPT} AND r.id IN (SELECT p.registration_id FROM registration_people p
                                  WHERE p.id_number = ANY($1::text[]))
      ORDER BY r.collected_at, r.id`,
    [people],
  )
  // Each person's facts depend only on their own earlier records, so one pass serves them all.
  const wanted = new Set(people)
  const facts = rows.flatMap(factsBuilder(rules)).filter((f) => wanted.has(f.idNumber))
  await openIncoming(tx)
  for (let i = 0; i < facts.length; i += BATCH) await insertFacts(tx, facts.slice(i, i + BATCH))
  await moveIncoming(tx)
}

/** The facts' flag columns (migration 0029), each counted once per person by count-tally-facts.ts. */
export const FACT_FLAGS = ['vsi_new', 'hi_new', 'hi_renewed', 'vssid_assisted', 'cashless_pension'] as const
/** The breakdowns with a `prev_<breakdown>_<fact>` column each (migration 0029), and what they partition by. */
const PREV_BY = { total: '', event: ', event_id', owner: ', owner_id', commune: ', commune_code' } as const
/** Every `prev_…` column, in the order `moveIncoming` fills them. */
export const PREV_COLUMNS = Object.keys(PREV_BY).flatMap((by) => FACT_FLAGS.map((f) => `prev_${by}_${f}`))
/** What `tally_team_facts` copies of a row, besides the flags. */
const TEAM_COLUMNS = `registration_id, participant_index, id_number, team_id, event_id, owner_id, collected_at,
  day, commune_code, state_support_vnd, collected_vnd`
const BASE_COLUMNS = `registration_id, participant_index, id_number, event_id, owner_id, collected_at, day,
  province_code, commune_code, commune_folded, commune_spelling, vsi_new, hi_new, hi_renewed, vssid_assisted,
  cashless_pension, state_support_vnd, collected_vnd, team_id, team_vsi_new, team_hi_new`

/** Facts are written to a scratch table first; `moveIncoming` adds the `prev_…` columns on the way in. */
async function openIncoming(tx: Db): Promise<void> {
  await tx.exec(`CREATE TEMP TABLE IF NOT EXISTS tally_facts_incoming
                   (LIKE tally_facts INCLUDING DEFAULTS) ON COMMIT DELETE ROWS`)
  await tx.exec('DELETE FROM tally_facts_incoming')
}

/**
 * Moves the scratch rows into `tally_facts`, each with the day of its person's latest earlier row with the
 * same fact in each breakdown (window aggregates over the rows before it), and the rows with a team into
 * `tally_team_facts` (migration 0031), with the team's own new VSI and new HI and the days worked out over the
 * team's rows alone. The scratch table must hold every row of each person in it.
 */
async function moveIncoming(tx: Db): Promise<void> {
  const order =
    'ORDER BY collected_at, registration_id, participant_index ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING'
  const prevs = (flag: (f: string) => string, within: string) => ({
    windows: Object.entries(PREV_BY)
      .map(([by, partition]) => `w_${by} AS (PARTITION BY ${within}id_number${partition} ${order})`)
      .join(', '),
    days: Object.keys(PREV_BY)
      .flatMap((by) => FACT_FLAGS.map((f) => `max(day) FILTER (WHERE ${flag(f)}) OVER w_${by}`))
      .join(', '),
  })
  const everyone = prevs((f) => f, '')
  await tx.exec(`INSERT INTO tally_facts (${BASE_COLUMNS}, ${PREV_COLUMNS.join(', ')})
                 SELECT ${BASE_COLUMNS}, ${everyone.days} FROM tally_facts_incoming WINDOW ${everyone.windows}`)
  const teamFlag = (f: string) => (f === 'vsi_new' || f === 'hi_new' ? `team_${f}` : f)
  const team = prevs(teamFlag, 'team_id, ')
  await tx.exec(`INSERT INTO tally_team_facts (${TEAM_COLUMNS}, ${FACT_FLAGS.join(', ')}, ${PREV_COLUMNS.join(', ')})
                 SELECT ${TEAM_COLUMNS}, ${FACT_FLAGS.map(teamFlag).join(', ')}, ${team.days}
                   FROM tally_facts_incoming WHERE team_id IS NOT NULL WINDOW ${team.windows}`)
  await tx.exec('DELETE FROM tally_facts_incoming')
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
  teamId: string | null
  teamVsiNew: boolean
  teamHiNew: boolean
}

/**
 * The fact rows of each record, for records given in collection order: whether an enrolment is new judged
 * from every earlier record given, and again from the earlier records of the same team alone (a team's
 * tally keeps its own history). A person's facts are right when all their approved records were given.
 */
function factsBuilder(rules: RuleSet): (row: TallyRow) => FactRowOut[] {
  const factsOf = participantFactsBuilder(rules)
  const teams = new Map<string, ReturnType<typeof participantFactsBuilder>>()
  const teamFactsOf = (team: string) => {
    let builder = teams.get(team)
    if (builder === undefined) {
      builder = participantFactsBuilder(rules)
      teams.set(team, builder)
    }
    return builder
  }
  return (row) => {
    const reg = JSON.parse(row.record) as Registration
    const day = vietnamDate(reg.collectedAt)
    const facts = factsOf(reg, day)
    // No team: no supervisor's tally counts it.
    const teamFacts = row.team_id === null ? [] : teamFactsOf(row.team_id)(reg, day)
    return factRows(row, reg, day, facts, teamFacts)
  }
}

function factRows(
  row: TallyRow,
  reg: Registration,
  day: string,
  facts: readonly ParticipantFacts[],
  teamFacts: readonly ParticipantFacts[],
): FactRowOut[] {
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
        teamId: row.team_id,
        teamVsiNew: teamFacts[index]?.vsiNew === true,
        teamHiNew: teamFacts[index]?.hiNew === true,
      },
    ]
  })
}

async function insertFacts(tx: Db, facts: readonly FactRowOut[]): Promise<void> {
  if (facts.length === 0) return
  const column = <K extends keyof FactRowOut>(k: K) => facts.map((f) => f[k])
  await tx.query(
    `INSERT INTO tally_facts_incoming (${BASE_COLUMNS})
     SELECT * FROM unnest($1::uuid[], $2::smallint[], $3::text[], $4::text[], $5::uuid[], $6::timestamptz[],
       $7::date[], $8::text[], $9::text[], $10::text[], $11::text[], $12::boolean[], $13::boolean[],
       $14::boolean[], $15::boolean[], $16::boolean[], $17::bigint[], $18::bigint[], $19::text[],
       $20::boolean[], $21::boolean[])`,
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
      column('teamId'),
      column('teamVsiNew'),
      column('teamHiNew'),
    ],
  )
}

const fingerprints = new WeakMap<RuleSet, string>()
/**
 * Raise it with any change to how facts are worked out (participantFactsBuilder, the quotes it uses, the
 * columns written): the facts kept are then worked out again, as after a change of the rules.
 */
const FACTS_VERSION = 3

/** Changes whenever any row of the rule set does, or FACTS_VERSION. */
export function fingerprintOf(rules: RuleSet): string {
  let value = fingerprints.get(rules)
  if (value === undefined) {
    value = createHash('sha256')
      .update(`${FACTS_VERSION} ${JSON.stringify(rules)}`)
      .digest('hex')
    fingerprints.set(rules, value)
  }
  return value
}
