// The review queue, search, tally and exports at campaign scale: a real server in-process on an in-memory
// PGlite, BENCH_ROWS registrations (default 100,000) loaded straight through the store, then timed over HTTP.
// With BENCH_SCALE_DATABASE_URL=postgres://… it runs on PostgreSQL instead, in a database it creates and
// drops: BENCH_ROWS=1000000 there is the province-year figure (#15).
// Prints figures; no pass/fail. Run: node --import tsx bench/server-scale.ts
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import {
  defaultRules,
  checkRegistration,
  formatReceiptNo,
  laoCaiSampleCommunes,
  quoteHi,
  quoteVsi,
  valueOn,
  vietnamDate,
  type Participant,
  type Registration,
} from '../src/domain/index.ts'
import { createLogger } from '../src/server/create-logger.ts'
import { DEMO_PASSWORD } from '../src/server/demo/demo-accounts.ts'
import { startServer } from '../src/server/start-server.ts'
import { contentHash } from '../src/server/store/content-hash.ts'
import type { Db } from '../src/server/store/db.ts'
import { createEvent } from '../src/server/store/event-store.ts'
import { PERSON_COLUMNS, personRow } from '../src/server/store/person-row.ts'
import { rebuildAllFlags } from '../src/server/store/refresh-flags.ts'
import { refreshTallyFacts, TALLY_FACTS_LOCK } from '../src/server/store/tally-facts.ts'
import { tallyRecordOf } from '../src/server/store/tally-record-of.ts'

const ROWS = Number(process.env['BENCH_ROWS'] ?? 100_000)
const BATCH = 1000
const STAFF = 20
const DAYS = 14
const FIRST_DAY = Date.parse('2026-11-16T00:00:00+07:00')

const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Lò', 'Lý', 'Giàng', 'Vàng', 'Sùng']
const families2 = ['Thào', 'Tẩn', 'Hầu', 'Lù', 'Sần', 'Chảo', 'Phàn', 'Ma', 'Lục', 'Hà']
const middles = { male: ['Văn', 'A', 'Seo', 'Đức', 'Minh'], female: ['Thị', 'Thị', 'Seo', 'Ngọc', 'Thu'] }
const givens = {
  male: ['Páo', 'Sử', 'Chứ', 'Tủa', 'Sáng', 'Hùng', 'Dũng', 'Thắng', 'Phong', 'Lâm', 'Khánh', 'Nam'],
  female: ['Mai', 'Lan', 'Hoa', 'Dín', 'Mẩy', 'Sính', 'Dung', 'Hà', 'Nga', 'Xuân', 'Phương', 'Hằng'],
}
const allFamilies = [...families, ...families2]

// A deterministic generator (mulberry32): the same BENCH_ROWS always gives the same data.
let seed = 20261125
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x
  return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T

let serial = 0
const recent: Omit<Participant, 'vsi' | 'hi' | 'services'>[] = []
function person(): Omit<Participant, 'vsi' | 'hi' | 'services'> {
  // 1 in 200 is someone enrolled before (at another event, by another team): the hard duplicate flag's case.
  if (recent.length > 100 && rand() < 0.005) return pick(recent)
  const sex = rand() < 0.5 ? 'male' : 'female'
  const year = 1950 + Math.floor(rand() * 55)
  const commune = pick(laoCaiSampleCommunes)
  serial += 1
  // PPP G YY RRRRRR: the province of birth (Lào Cai's old code, then its neighbours' once a million serials
  // are used), the century and sex digit, the year of birth, a serial.
  const g = (year >= 2000 ? 2 : 0) + (sex === 'female' ? 1 : 0)
  const born = ['010', '011', '012', '014'][Math.floor(serial / 1_000_000) % 4] ?? '010'
  const p = {
    fullName: `${pick(allFamilies)} ${pick(middles[sex])} ${pick(givens[sex])}`,
    idNumber: `${born}${g}${String(year % 100).padStart(2, '0')}${String(serial % 1_000_000).padStart(6, '0')}`,
    dateOfBirth:
      rand() < 0.3 ? String(year) : `${year}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
    sex,
    ethnicityCode: pick(['01', '08', '09', '03', '04', '02']),
    address: { provinceCode: '15', communeCode: commune.code, commune: commune.name },
    consent: true,
  } as const
  if (recent.length >= 5000) recent[serial % 5000] = p
  else recent.push(p)
  return p
}

const quoteCache = new Map<string, number>()
function cached(key: string, f: () => number): number {
  let v = quoteCache.get(key)
  if (v === undefined) {
    v = f()
    quoteCache.set(key, v)
  }
  return v
}

function makeRegistration(i: number, deviceId: string, prefix: string, eventId: string): Registration {
  const at = new Date(FIRST_DAY + Math.floor(rand() * DAYS * 86_400_000))
  const collectedAt = new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 19) + '+07:00'
  const on = vietnamDate(collectedAt)
  const floor = valueOn(defaultRules.povertyLineRural, on, 'poverty line')
  const size = rand() < 0.55 ? 1 : rand() < 0.7 ? 2 : 3
  const participants: Participant[] = []
  let hiRank = 0
  for (let k = 0; k < size; k++) {
    const base = person()
    // One person once per household.
    if (participants.some((q) => q.idNumber === base.idNumber)) continue
    const r = rand()
    const services = { vssidAssisted: rand() < 0.3, cashlessPension: rand() < 0.03 }
    const p: Participant = { ...base, services }
    // VSI only for who may have it (issue #9): not a pensioner, 30 % support only for a minority.
    if (r < 0.55 && !services.cashlessPension) {
      const months = pick([1, 3, 6, 12] as const)
      const supportGroup = pick(
        base.ethnicityCode === '01'
          ? (['POOR', 'NEAR_POOR', 'OTHER'] as const)
          : (['POOR', 'NEAR_POOR', 'ETHNIC_MINORITY'] as const),
      )
      const amountDue = cached(`v${on}${months}${supportGroup}`, () => {
        const q = quoteVsi({ monthlyIncome: floor, months, supportGroup }, defaultRules, on)
        if (!q.ok) throw new Error(q.issue.message)
        return q.quote.payable
      })
      p.vsi = { monthlyIncome: floor, months, supportGroup, amountDue }
    }
    if (r >= 0.35 || (!p.vsi && !services.vssidAssisted && !services.cashlessPension)) {
      hiRank += 1
      const months = pick([3, 6, 12] as const)
      const householdOrder = hiRank
      const amountDue = cached(`h${on}${months}${householdOrder}`, () => {
        const q = quoteHi({ months, householdOrder }, defaultRules, on)
        if (!q.ok) throw new Error(q.issue.message)
        return q.quote.amount
      })
      p.hi = { months, householdOrder, amountDue }
    }
    participants.push(p)
  }
  const total = participants.reduce((s, p) => s + (p.vsi?.amountDue ?? 0) + (p.hi?.amountDue ?? 0), 0)
  return {
    id: randomUUID(),
    revision: 1,
    deviceId,
    eventId,
    collectedAt,
    participants,
    payment:
      total > 0
        ? { method: 'cash', amountCollected: total, receiptNo: formatReceiptNo(prefix, (i % 999_999) + 1) }
        : null,
  }
}

interface Collector {
  id: string
  teamId: string
  deviceId: string
  prefix: string
}

async function setUp(
  db: Db,
  users: Record<string, { id: string }>,
): Promise<{ staff: Collector[]; events: string[] }> {
  const now = new Date()
  const events = ['lao-cai-demo']
  for (let e = 1; e < 5; e++) {
    const ev = await createEvent(
      db,
      {
        name: `Sự kiện ${e}`,
        kind: pick(['art_performance', 'job_fair', 'village_meeting', 'post_office_week'] as const),
        startsOn: '2026-11-16',
        endsOn: '2026-11-29',
        provinceCode: '15',
        commune: pick(laoCaiSampleCommunes).name,
        teamId: e % 2 === 0 ? 'team-a' : 'team-b',
      },
      null,
      now,
    )
    events.push(ev.id)
  }
  const staff: Collector[] = []
  const seeded = ['staff1', 'staff2', 'staff3'].map((u) => users[u]?.id ?? '')
  for (let s = 0; s < STAFF; s++) {
    const teamId = s % 2 === 0 ? 'team-a' : 'team-b'
    let id = seeded[s]
    if (id === undefined) {
      id = randomUUID()
      // Bench accounts never sign in: a hash that matches nothing.
      await db.query(
        `INSERT INTO users (id, username, password_hash, role, team_id, display_name) VALUES ($1, $2, 'x', 'staff', $3, $4)`,
        [id, `bench${s}`, teamId, `Cán bộ thu ${s + 1}`],
      )
    }
    const deviceId = randomUUID()
    const prefix = `LC${String(100 + s)}`
    await db.query(
      `INSERT INTO devices (device_id, receipt_prefix, registered_by, created_at) VALUES ($1, $2, $3, now())`,
      [deviceId, prefix, id],
    )
    await db.query(`INSERT INTO device_users (device_id, user_id, created_at) VALUES ($1, $2, now())`, [
      deviceId,
      id,
    ])
    const [row] = await db.query<{ team_id: string }>('SELECT team_id FROM users WHERE id = $1', [id])
    staff.push({ id, teamId: row?.team_id ?? teamId, deviceId, prefix })
  }
  return { staff, events }
}

/** BATCH registrations in one transaction, three multi-row INSERTs: the same rows a push writes, minus its audit. */
async function insertBatch(
  db: Db,
  regs: { r: Registration; owner: Collector; status: string; decidedBy: string | null }[],
): Promise<void> {
  const now = new Date().toISOString()
  await db.transaction(async (tx) => {
    const p: unknown[] = []
    const rows = regs.map(({ r, owner, status, decidedBy }) => {
      p.push(
        r.id,
        owner.id,
        r.deviceId,
        r.eventId,
        owner.teamId,
        r.collectedAt,
        JSON.stringify(r),
        contentHash(r),
        r.payment?.amountCollected ?? 0,
        status,
        decidedBy,
        decidedBy ? now : null,
        now,
        JSON.stringify(tallyRecordOf(r)),
      )
      const n = p.length - 14
      const v = Array.from({ length: 14 }, (_, k) => `$${n + k + 1}`)
      return `(${v[0]}, 1, ${v.slice(1, 10).join(', ')}, ${v[10]}, ${v[11]}, nextval('registration_change_seq'), ${v[12]}, ${v[12]}, ${v[13]})`
    })
    await tx.query(
      `INSERT INTO registrations (id, revision, owner_id, device_id, event_id, team_id, collected_at, record, content_hash,
         amount_collected, review_status, decided_by, decided_at, change_seq, created_at, updated_at, tally_record) VALUES ${rows.join(', ')}`,
      p,
    )
    const q: unknown[] = []
    const revs = regs.map(({ r }) => {
      q.push(r.id, JSON.stringify(r), contentHash(r), r.deviceId, now)
      const n = q.length
      return `($${n - 4}, 1, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`
    })
    await tx.query(
      `INSERT INTO registration_revisions (registration_id, revision, record, content_hash, device_id, received_at) VALUES ${revs.join(', ')}`,
      q,
    )
    const pp: unknown[] = []
    const people = regs.flatMap(({ r }) =>
      r.participants.map((person, i) => {
        const values = [r.id, ...personRow(person, i, r.collectedAt.slice(0, 10))]
        const first = pp.length + 1
        pp.push(...values)
        return `(${values.map((_, k) => `$${first + k}`).join(', ')})`
      }),
    )
    await tx.query(
      `INSERT INTO registration_people (registration_id, ${PERSON_COLUMNS.join(', ')}) VALUES ${people.join(', ')}`,
      pp,
    )
  })
}

// Peak memory of this process (server included) while `fn` runs, sampled every 20 ms: RSS, which holds the
// in-memory PGlite database itself, and the JS heap, which is where an unstreamed export would pile up.
async function measure<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; ms: number; peakMb: number; heapMb: number }> {
  let peak = process.memoryUsage().rss
  let heap = process.memoryUsage().heapUsed
  const timer = setInterval(() => {
    const m = process.memoryUsage()
    peak = Math.max(peak, m.rss)
    heap = Math.max(heap, m.heapUsed)
  }, 20)
  const started = performance.now()
  try {
    const value = await fn()
    const m = process.memoryUsage()
    return {
      value,
      ms: performance.now() - started,
      peakMb: Math.max(peak, m.rss) / 2 ** 20,
      heapMb: Math.max(heap, m.heapUsed) / 2 ** 20,
    }
  } finally {
    clearInterval(timer)
  }
}

const mb = () => (process.memoryUsage().rss / 2 ** 20).toFixed(0)

const pgUrl = process.env['BENCH_SCALE_DATABASE_URL']
const pgName = `ghidanh_scale_${process.pid}`
let databaseUrl: string | undefined
if (pgUrl) {
  const admin = new pg.Client({ connectionString: pgUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${pgName}`)
  await admin.end()
  const target = new URL(pgUrl)
  target.pathname = `/${pgName}`
  databaseUrl = target.toString()
}
const dropDatabase = async () => {
  if (!pgUrl) return
  // BENCH_SCALE_KEEP=1 leaves the database for EXPLAIN and friends.
  if (process.env['BENCH_SCALE_KEEP']) return console.log(`kept database ${pgName}`)
  const admin = new pg.Client({ connectionString: pgUrl })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`)
  await admin.end()
}
const server = await startServer({
  port: 0,
  dataDir: 'memory://',
  distDir: null,
  logger: createLogger({ level: 'warn' }),
  ...(databaseUrl ? { databaseUrl } : {}),
})
const where = databaseUrl ? 'PostgreSQL' : 'in-memory PGlite'
try {
  const db = server.db
  const { staff, events } = await setUp(db, server.seed.users)
  const superId = server.seed.users['super1']?.id ?? null
  const adminId = server.seed.users['admin']?.id ?? null

  // Every registration must be one the push endpoint would accept: check a sample with the server's check.
  let invalid = 0
  const load = await measure(async () => {
    for (let done = 0; done < ROWS; done += BATCH) {
      const regs = []
      for (let i = done; i < Math.min(ROWS, done + BATCH); i++) {
        const owner = pick(staff)
        const r = makeRegistration(i, owner.deviceId, owner.prefix, pick(events))
        if (i % 997 === 0 && !checkRegistration(r, defaultRules).ok) invalid += 1
        const x = rand()
        const status = x < 0.8 ? 'approved' : x < 0.95 ? 'pending' : x < 0.98 ? 'returned' : 'rejected'
        const decidedBy = status === 'pending' ? null : owner.teamId === 'team-a' ? superId : adminId
        regs.push({ r, owner, status, decidedBy })
      }
      await insertBatch(db, regs)
      if ((done / BATCH) % 100 === 99)
        process.stderr.write(`  loaded ${(done + BATCH).toLocaleString('en')}\n`)
    }
    await rebuildAllFlags(db, new Date())
  })
  const [counts] = await db.query<{ regs: number; people: number; flags: number }>(
    `SELECT (SELECT count(*)::int FROM registrations) AS regs, (SELECT count(*)::int FROM registration_people) AS people,
            (SELECT count(*)::int FROM registration_flags) AS flags`,
  )
  await db.exec('ANALYZE')

  const signIn = async (username: string) => {
    const res = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    })
    return ((await res.json()) as { token: string }).token
  }
  const admin = await signIn('admin')
  const super1 = await signIn('super1')
  const call = async (token: string, path: string, json?: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method: json === undefined ? 'GET' : 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        ...(json !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
    })
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
    return res
  }
  const items = async (res: Response) => (await res.json()) as { items: unknown[]; cursor?: string }

  const results: [string, string, number, number, number][] = []
  // BENCH_SCALE_STEPS=tally,search: only the steps whose label starts with one of these.
  const steps = process.env['BENCH_SCALE_STEPS']?.split(',')
  const wanted = (label: string) => !steps || steps.some((s) => label.startsWith(s))
  const time = async (label: string, fn: () => Promise<string>) => {
    if (!wanted(label)) return
    // One warm-up, then the median of three.
    await fn()
    const runs = []
    let detail = ''
    for (let k = 0; k < 3; k++) {
      const m = await measure(fn)
      runs.push(m)
      detail = m.value
    }
    runs.sort((a, b) => a.ms - b.ms)
    const mid = runs[1] ?? runs[0]
    results.push([
      label,
      detail,
      mid?.ms ?? 0,
      Math.max(...runs.map((r) => r.peakMb)),
      Math.max(...runs.map((r) => r.heapMb)),
    ])
  }
  const commune = laoCaiSampleCommunes[1]?.code ?? '02683'

  await time(
    'list: first page (admin, 50)',
    async () => `${(await items(await call(admin, '/api/registrations'))).items.length} items`,
  )
  await time('list: supervisor pending queue, 200', async () => {
    const page = await items(await call(super1, '/api/registrations?status=pending&limit=200'))
    return `${page.items.length} items`
  })
  await time('list: page 20 by cursor (admin, 50 each)', async () => {
    let cursor: string | undefined
    let n = 0
    for (let k = 0; k < 20; k++) {
      const page = await items(await call(admin, `/api/registrations${cursor ? `?cursor=${cursor}` : ''}`))
      n += page.items.length
      cursor = page.cursor
    }
    return `${n} items over 20 pages (total for all 20)`
  })
  await time('list: filtered (event + pending + commune)', async () => {
    const page = await items(
      await call(admin, `/api/registrations?eventId=${events[1]}&status=pending&communeCode=${commune}`),
    )
    return `${page.items.length} items`
  })
  await time(
    'list: flagged=hard',
    async () => `${(await items(await call(admin, '/api/registrations?flagged=hard'))).items.length} items`,
  )
  await time('search: folded name "giang thi mai"', async () => {
    const page = await items(await call(admin, '/api/registrations/search', { q: 'giang thi mai' }))
    return `${page.items.length} items`
  })
  const [sample] = await db.query<{ id_number: string }>(
    'SELECT id_number FROM registration_people ORDER BY registration_id LIMIT 1',
  )
  await time('search: a surname nobody has', async () => {
    const page = await items(await call(admin, '/api/registrations/search', { q: 'Khổng' }))
    return `${page.items.length} items`
  })
  await time('search: ID number', async () => {
    const page = await items(await call(admin, '/api/registrations/search', { q: sample?.id_number }))
    return `${page.items.length} items`
  })
  const tallyAll = async () => {
    const t = (await (await call(admin, '/api/reports/tally')).json()) as {
      registrations: number
      vsiNew: number
    }
    return `${t.registrations} registrations, ${t.vsiNew} new VSI`
  }
  // The office's tally counts facts kept per person (tally-facts.ts). They are worked out from every record
  // once (the first tally after an upgrade or a change of the rules), then only for the people whose
  // approved history changed since the last tally.
  const once = async (label: string, fn: () => Promise<string>) => {
    if (!wanted(label)) return
    const m = await measure(fn)
    results.push([label, m.value, m.ms, m.peakMb, m.heapMb])
  }
  await once('tally: facts worked out from every record (once per rules change)', async () => {
    await db.query('UPDATE tally_facts_state SET rules_fingerprint = NULL')
    return tallyAll()
  })
  // While another server works every fact out again under new rules (a deploy with a new rule row), a
  // tally on PostgreSQL counts the facts of before at once and says so; the figure is that tally's time.
  const during = 'tally: while every fact is worked out again under new rules (the figures of before)'
  if (wanted(during)) {
    if (!databaseUrl) console.log(`  ${during}: waits for it on the embedded database (one connection)`)
    else {
      await db.query("UPDATE tally_facts_state SET rules_fingerprint = 'the rules of before'")
      const started = performance.now()
      const rebuild = refreshTallyFacts(db, defaultRules)
      const held = async () =>
        (
          await db.query<{ held: boolean }>(
            `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND granted) AS held`,
            [TALLY_FACTS_LOCK],
          )
        )[0]?.held === true
      while (!(await held())) await new Promise((resolve) => setTimeout(resolve, 10))
      const m = await measure(async () => {
        const t = (await (await call(admin, '/api/reports/tally')).json()) as {
          registrations: number
          recalculating?: boolean
        }
        return `${t.registrations} registrations, recalculating: ${t.recalculating === true}`
      })
      await rebuild
      const rebuilt = ((performance.now() - started) / 1000).toFixed(1)
      results.push([during, `${m.value}; the rebuild beside it took ${rebuilt} s`, m.ms, m.peakMb, m.heapMb])
    }
  }
  await once('tally: after 1,000 more approvals (their people worked out again)', async () => {
    await db.query(
      `UPDATE registrations SET review_status = 'approved' WHERE id IN (
         SELECT id FROM registrations WHERE review_status = 'pending' ORDER BY id LIMIT 1000)`,
    )
    return tallyAll()
  })
  await time('tally: all approved (admin; goal ≤ 1 s)', async () => {
    const t = (await (await call(admin, '/api/reports/tally')).json()) as {
      registrations: number
      vsiNew: number
    }
    return `${t.registrations} registrations, ${t.vsiNew} new VSI`
  })
  await time("tally: the team's, all approved (supervisor)", async () => {
    const t = (await (await call(super1, '/api/reports/tally')).json()) as {
      registrations: number
      vsiNew: number
    }
    return `${t.registrations} registrations, ${t.vsiNew} new VSI`
  })
  for (const [who, user] of [
    ['admin', admin],
    ['supervisor', super1],
  ] as const)
    await time(`tally: one event (${who})`, async () => {
      const t = (await (await call(user, `/api/reports/tally?eventId=${events[2]}`)).json()) as {
        registrations: number
      }
      return `${t.registrations} registrations`
    })

  await time('devices: the list with each last push (admin)', async () => {
    const list = (await (await call(admin, '/api/devices')).json()) as unknown[]
    return `${list.length} devices`
  })
  await time('cash: one event, every collector (admin)', async () => {
    const view = (await (await call(admin, `/api/cash/handovers?eventId=${events[2]}`)).json()) as {
      staff: unknown[]
      receiptCollisions: unknown[]
    }
    return `${view.staff.length} collectors, ${view.receiptCollisions.length} shared receipt numbers`
  })

  const lastAuditId = async () =>
    (await db.query<{ id: number }>('SELECT coalesce(max(id), 0)::int AS id FROM audit_log'))[0]?.id ?? 0
  const exportRun = async (path: string) => {
    const before = await lastAuditId()
    const res = await call(admin, path)
    let bytes = 0
    const reader = (res.body as ReadableStream<Uint8Array>).getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      bytes += value.byteLength
    }
    // The audit entry is written just after the last byte is sent: wait for this export's own.
    for (let tries = 0; ; tries++) {
      const [row] = await db.query<{ rows: number }>(
        "SELECT (detail->>'rows')::int AS rows FROM audit_log WHERE action = 'export.complete' AND id > $1 ORDER BY id DESC LIMIT 1",
        [before],
      )
      if (row || tries >= 100) return `${row?.rows ?? '?'} rows, ${(bytes / 2 ** 20).toFixed(1)} MB`
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  // XML (issue #13) beside XLSX for each list: the e-declaration is what actually reaches the agency.
  for (const path of [
    '/api/exports/d05-ts.xlsx',
    '/api/exports/d05-ts.xml',
    '/api/exports/d05-ts.csv',
    '/api/exports/d03-ts.xlsx',
    '/api/exports/d03-ts.xml',
  ]) {
    if (!wanted('export')) continue
    const m = await measure(() => exportRun(path))
    results.push([`export: ${path.slice(13)} (approved, all)`, m.value, m.ms, m.peakMb, m.heapMb])
  }

  // Pushes into a database this size: a phone's day of new registrations (stored set-based) and one
  // registration alone (the one-at-a-time path), new ones every run. Last, as they add registrations.
  const phone = staff[0]
  if (phone && wanted('push')) {
    const collector = await signIn('staff1')
    const taken = new Set(
      (
        await db.query<{ receipt_no: string }>(
          'SELECT receipt_no FROM receipt_claims WHERE receipt_no LIKE $1',
          [`${phone.prefix}-%`],
        )
      ).map((r) => r.receipt_no),
    )
    let next = ROWS
    let receipt = 0
    const fresh = (): Registration => {
      const r = makeRegistration(next++, phone.deviceId, phone.prefix, events[0] ?? '')
      if (!r.payment) return r
      do receipt += 1
      while (taken.has(formatReceiptNo(phone.prefix, receipt)))
      return { ...r, payment: { ...r.payment, receiptNo: formatReceiptNo(phone.prefix, receipt) } }
    }
    const pushNew = async (n: number) => {
      const registrations = Array.from({ length: n }, fresh)
      const res = await call(collector, '/api/sync/push', { deviceId: phone.deviceId, registrations })
      const { results } = (await res.json()) as { results: { status: string }[] }
      return `${results.filter((r) => r.status === 'accepted').length}/${n} accepted`
    }
    await time('push: 500 new registrations, one phone', () => pushNew(500))
    await time('push: one new registration', () => pushNew(1))
  }

  const out = [
    `\nserver-scale — ${ROWS.toLocaleString('en')} registrations (${counts?.people.toLocaleString('en')} participants, ${counts?.flags.toLocaleString('en')} flag rows), ${where}, Node ${process.version}`,
    `load: ${(load.ms / 1000).toFixed(1)} s via direct multi-row INSERTs (${BATCH}/transaction) + one set-based flag build; sampled validity check failures: ${invalid}`,
    `RSS after load: ${mb()} MB, JS heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`,
    '',
    `${'step'.padEnd(46)}${'result'.padEnd(44)}${'ms'.padStart(9)}${'peak RSS MB'.padStart(13)}${'peak heap MB'.padStart(14)}`,
    ...results.map(
      ([l, d, ms, peak, heap]) =>
        `${l.padEnd(46)}${d.padEnd(44)}${ms.toFixed(0).padStart(9)}${peak.toFixed(0).padStart(13)}${heap.toFixed(0).padStart(14)}`,
    ),
    '(list/search/tally: median of 3 after a warm-up; exports: one run each, streamed to the end)',
  ]
  process.stdout.write(out.join('\n') + '\n')
} finally {
  await server.close()
  await dropDatabase()
}
