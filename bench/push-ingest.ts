// Push ingest: registrations a collector's phone pushes over HTTP, stored with every check, flag and audit
// entry, beside the floor measured in the same run on the same database — a raw set-based insert of the
// same kind of rows (registrations, revisions, people) in one transaction per 500. One device sending
// 10 × 500, then 20 devices sending 250 each at once (p50/p95 of those pushes). On the embedded database
// always; on PostgreSQL too when BENCH_DATABASE_URL names a server (a database is created and dropped).
// Prints figures; no pass/fail. Run: node --import tsx bench/push-ingest.ts
import pg from 'pg'
import type { Registration } from '../src/domain/index.ts'
import type { RunningServer } from '../src/server/start-server.ts'
import { withApiServer } from './bench-api.ts'
import { changeLockMeter } from './change-lock-meter.ts'
import { createLogger } from '../src/server/create-logger.ts'
import { startServer } from '../src/server/start-server.ts'
import { contentHash } from '../src/server/store/content-hash.ts'
import { PERSON_COLUMNS, personRow } from '../src/server/store/person-row.ts'
import { freshIdNumber, registration, vsiPerson } from '../test/server/helpers/registrations.ts'
import { summarize } from './stats.ts'

const BATCH = 500
const ONE_DEVICE_BATCHES = Number(process.env.BENCH_PUSH_BATCHES ?? 10)
const DEVICES = 20
const PER_DEVICE = 250

export async function measurePushIngest(): Promise<void> {
  await onServer('PGlite (embedded)', {})
  const url = process.env.BENCH_DATABASE_URL
  if (!url) {
    console.log(
      '  PostgreSQL: not run (set BENCH_DATABASE_URL=postgres://… to a server the bench may create a database on)',
    )
    return
  }
  const name = `ghidanh_bench_${process.pid}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  try {
    const target = new URL(url)
    target.pathname = `/${name}`
    await onServer('PostgreSQL', { databaseUrl: target.toString() })
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await admin.end()
  }
}

async function onServer(label: string, options: { databaseUrl?: string }): Promise<void> {
  const meter = changeLockMeter()
  await withApiServer(
    async ({ server, call, signIn }) => {
      const token = await signIn('staff1')
      const phones: { deviceId: string; prefix: string }[] = []
      for (let d = 0; d < DEVICES; d++) {
        const deviceId = crypto.randomUUID()
        const res = await call<{ receiptPrefix: string }>(
          'POST',
          '/api/devices',
          { deviceId, label: `bench ${d}` },
          token,
        )
        phones.push({ deviceId, prefix: res.receiptPrefix })
      }
      const make = (phone: { deviceId: string; prefix: string }, n: number) =>
        Array.from({ length: n }, () => ({
          ...registration(
            {
              participants: [
                vsiPerson({ idNumber: freshIdNumber(), fullName: aName(), dateOfBirth: aBirthYear() }),
              ],
            },
            phone.prefix,
          ),
          deviceId: phone.deviceId,
        }))
      const push = async (phone: { deviceId: string }, registrations: Registration[], url = server.url) => {
        const res = await fetch(`${url}/api/sync/push`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ deviceId: phone.deviceId, registrations }),
        })
        if (!res.ok) throw new Error(`push: ${res.status} ${await res.text()}`)
        const body = (await res.json()) as { results: { status: string }[] }
        const accepted = body.results.filter((r) => r.status === 'accepted').length
        if (accepted !== registrations.length) throw new Error(`${accepted}/${registrations.length} accepted`)
      }
      // Every device pushes its batch at once, each to the server `urlOf` names; rows/s and each push's time.
      const allAtOnce = async (urlOf: (d: number) => string) => {
        const each = phones.map((phone) => make(phone, PER_DEVICE))
        const times: number[] = []
        const started = performance.now()
        await Promise.all(
          phones.map(async (phone, d) => {
            const t0 = performance.now()
            await push(phone, each[d] ?? [], urlOf(d))
            times.push(performance.now() - t0)
          }),
        )
        return {
          rate: (DEVICES * PER_DEVICE) / ((performance.now() - started) / 1000),
          push: summarize(times),
        }
      }

      // One device, ten pushes of 500, one after another.
      const first = phones[0]
      if (!first) throw new Error('no device')
      let started = performance.now()
      for (let b = 0; b < ONE_DEVICE_BATCHES; b++) await push(first, make(first, BATCH))
      const oneDevice = (ONE_DEVICE_BATCHES * BATCH) / ((performance.now() - started) / 1000)

      // Twenty devices at once, 250 each.
      meter.take()
      const many = await allAtOnce(() => server.url)
      const lock = meter.take()

      // The same on two servers sharing the database (PostgreSQL only: PGlite is one process's), the devices
      // split between them, against one server again on the same, as large, tables.
      let twoServers: { one: typeof many; two: typeof many; lock: typeof lock } | undefined
      if (options.databaseUrl) {
        const second = await startServer({
          port: 0,
          distDir: null,
          databaseUrl: options.databaseUrl,
          logger: createLogger({ level: 'warn' }),
          now: () => new Date('2026-11-25T03:00:00Z'),
          wrapDb: meter.wrap,
        })
        try {
          const one = await allAtOnce(() => server.url)
          meter.take()
          const two = await allAtOnce((d) => (d % 2 === 0 ? server.url : second.url))
          twoServers = { one, two, lock: meter.take() }
        } finally {
          await second.close()
        }
      }

      // The floor: the same kind of rows, set-based, no checks, flags or audit. Its JSON is built before the
      // clock starts: the floor is the database's work alone.
      const raw = make(first, ONE_DEVICE_BATCHES * BATCH)
      const payloads = Array.from({ length: ONE_DEVICE_BATCHES }, (_, b) =>
        rawRows(raw.slice(b * BATCH, (b + 1) * BATCH)),
      )
      started = performance.now()
      for (const rows of payloads) await rawInsert(server, rows)
      const floor = raw.length / ((performance.now() - started) / 1000)

      const s = many.push
      const manyDevices = many.rate
      const rate = (n: number) => `${Math.round(n).toLocaleString('en')} rows/s`
      const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)} %`
      const lockLine = (f: typeof lock) =>
        `change lock held ${pct(f.heldMs, f.totalMs)} of the ${f.transactions} writing transactions' time ` +
        `(goal ≤ 10 %), waited for ${pct(f.waitMs, f.totalMs)}; held ${(f.heldMs / f.transactions).toFixed(1)} ms a ` +
        `transaction, of which COMMIT ${(f.commitMs / f.transactions).toFixed(1)} ms`
      console.log(`\nPush ingest, ${label}:`)
      console.log(`  floor: raw set-based insert, ${BATCH} a transaction      ${rate(floor)}`)
      console.log(
        `  one device, ${ONE_DEVICE_BATCHES} × ${BATCH}                              ${rate(oneDevice)}  ${(oneDevice / floor).toFixed(2)}× the floor (goal ≥ 0.25×)`,
      )
      console.log(
        `  ${DEVICES} devices × ${PER_DEVICE} at once                         ${rate(manyDevices)}  ${(manyDevices / floor).toFixed(2)}× the floor; ` +
          `one push p50 ${(s.median / 1000).toFixed(2)} s, p95 ${(s.p95 / 1000).toFixed(2)} s (goal p95 ≤ 2 s)`,
      )
      console.log(`    ${lockLine(lock)}`)
      if (twoServers) {
        const { one, two } = twoServers
        const line = (what: string, x: typeof many) =>
          `  ${what} ${rate(x.rate)}  one push p50 ${(x.push.median / 1000).toFixed(2)} s, p95 ${(x.push.p95 / 1000).toFixed(2)} s`
        console.log(line(`${DEVICES} devices again, one server           `, one))
        console.log(line(`${DEVICES} devices, two servers on one database`, two))
        console.log(
          `    two servers ÷ one: ${(two.rate / one.rate).toFixed(2)}× the rows/s; ${lockLine(twoServers.lock)}`,
        )
      }
    },
    { ...options, wrapDb: meter.wrap },
  )
}

const families = ['Giàng', 'Lò', 'Vàng', 'Sùng', 'Thào', 'Hầu', 'Lý', 'Nguyễn', 'Hoàng', 'Tẩn', 'Lục', 'Phàn']
const middles = ['A', 'Seo', 'Văn', 'Thị', 'Mí', 'Chứ', 'Ngọc', 'Đức']
const givens = [
  'Páo',
  'Sử',
  'Mai',
  'Dín',
  'Mẩy',
  'Sính',
  'Hùng',
  'Lan',
  'Tủa',
  'Xuân',
  'Nam',
  'Hà',
  'Dung',
  'Phong',
]
let named = 0

/** Names as varied as a district's (the same name, birth year and commune is a soft duplicate flag). */
function aName(): string {
  named += 7919
  const at = (list: string[], n: number) => list[n % list.length] ?? ''
  return `${at(families, named)} ${at(middles, Math.floor(named / 12))} ${at(givens, Math.floor(named / 96))}`
}

let born = 0

/**
 * Birth years as a district's adults have them (1972-2005). Everyone used to be born on one day, so with
 * ~1,300 names among 15,000 registrations every one of them was a soft duplicate of ten others (the cap),
 * 1,000 flag rows a chunk of 50: a worst case, not a district. The same person pushed again is measured by
 * `npm run bench -- flags`.
 */
function aBirthYear(): string {
  born += 13
  return String(1972 + (born % 34))
}

interface RawRows {
  registrations: string
  revisions: string
  people: string
}

function rawRows(regs: Registration[]): RawRows {
  const hashed = regs.map((r) => ({ r, hash: contentHash(r) }))
  return {
    registrations: JSON.stringify(
      hashed.map(({ r, hash }) => ({
        id: r.id,
        device_id: r.deviceId,
        event_id: r.eventId,
        collected_at: r.collectedAt,
        record: r,
        content_hash: hash,
        amount: r.payment?.amountCollected ?? 0,
      })),
    ),
    revisions: JSON.stringify(
      hashed.map(({ r, hash }) => ({ id: r.id, record: r, content_hash: hash, device_id: r.deviceId })),
    ),
    people: JSON.stringify(
      regs.flatMap((r) =>
        r.participants.map((p, i) => {
          const values = personRow(p, i, r.collectedAt.slice(0, 10))
          return Object.fromEntries([
            ['registration_id', r.id],
            ...PERSON_COLUMNS.map((c, k) => [c, values[k]]),
          ])
        }),
      ),
    ),
  }
}

async function rawInsert(server: RunningServer, rows: RawRows): Promise<void> {
  const owner = server.seed.users['staff1']?.id
  const at = new Date().toISOString()
  const columns = PERSON_COLUMNS.join(', ')
  await server.db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO registrations (id, revision, owner_id, device_id, event_id, team_id, collected_at, record,
          content_hash, amount_collected, review_status, change_seq, created_at, updated_at, tally_record)
       SELECT id, 1, $2::uuid, device_id, event_id, 'team-a', collected_at, record, content_hash, amount, 'pending',
              nextval('registration_change_seq'), $3::timestamptz, $3::timestamptz, record
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, device_id uuid, event_id text, collected_at timestamptz,
              record jsonb, content_hash text, amount bigint)`,
      [rows.registrations, owner, at],
    )
    await tx.query(
      `INSERT INTO registration_revisions (registration_id, revision, record, content_hash, device_id, received_at)
       SELECT id, 1, record, content_hash, device_id, $2::timestamptz
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, record jsonb, content_hash text, device_id uuid)`,
      [rows.revisions, at],
    )
    await tx.query(
      `INSERT INTO registration_people (registration_id, ${columns})
       SELECT registration_id, ${columns} FROM jsonb_populate_recordset(NULL::registration_people, $1::jsonb)`,
      [rows.people],
    )
  })
}

if (import.meta.url === `file://${process.argv[1]}`) await measurePushIngest()
