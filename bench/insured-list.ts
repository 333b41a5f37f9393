// `npm run bench -- insured`: the agency's participant list end to end, as figures.
// - Import: BENCH_INSURED_ROWS people (default 500,000) as the office's CSV, read by readInsuredLines and
//   stored by replaceInsuredList, on PGlite and (with BENCH_DATABASE_URL) PostgreSQL: wall time and the
//   process's peak resident memory; then a re-import with 1 % changed (what a monthly list looks like).
// - Download: the bytes of 10,000 people as the phone receives them (JSON, gzip as the server compresses).
// - Search: searchInsured over 50,000 people in Debian's Chromium at 4× CPU throttle, one search per
//   keystroke as a collector types 60 names without diacritics (and a birth year), then 60 ID numbers.
import { randomUUID } from 'node:crypto'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Rollup } from 'vite'
import { toRow, type InsuredRow } from '../src/domain/insured/insured-person.ts'
import { readInsuredLines } from '../src/domain/insured/read-insured-lines.ts'
import { foldName } from '../src/domain/names/fold-name.ts'
import { parseCsv } from '../src/server/http/read-spreadsheet-lines.ts'
import { openStore } from '../src/server/store/open-store.ts'
import { replaceInsuredList } from '../src/server/store/insured-list-store.ts'
import { launchChromium } from './browser.ts'
import { summarize } from './stats.ts'

const root = resolve(import.meta.dirname, '..')
const ROWS = Number(process.env['BENCH_INSURED_ROWS'] ?? 500_000)
const FAMILIES = [
  'Nguyễn',
  'Hoàng',
  'Lò',
  'Giàng',
  'Vàng',
  'Sùng',
  'Lý',
  'Tráng',
  'Lường',
  'Hà',
  'Đinh',
  'Phàn',
]
const MIDDLE = ['Thị', 'Văn', 'A', 'Seo', 'Đức', 'Ngọc']
const GIVEN = [
  'Mai',
  'Páo',
  'Dua',
  'Chư',
  'Dín',
  'Tâm',
  'Sử',
  'Pản',
  'Lan',
  'Hùng',
  'Sính',
  'Dế',
  'Chứ',
  'Mỷ',
]
// Communes of Lào Cai (codes of the official list), so rows pass the province check.
const COMMUNES = ['02683', '03082', '03006', '02686', '02695', '02701', '02710', '02713']

/** Deterministic people: the same ROWS always gives the same list. */
function csvOf(rows: number, changedEvery = 0): string {
  const lines = [
    'SoDinhDanh;HoTen;NgaySinh;GioiTinh;MaXa;MaHo;HanTheTu;HanTheDen;MaBenhVien;DongBHXHDenThang',
  ]
  for (let i = 0; i < rows; i++) {
    const female = i % 2
    const yy = 40 + (i % 60)
    const id = `0${String(10 + (i % 80)).padStart(2, '0')}${female}${yy}${String(i % 1_000_000).padStart(6, '0')}`
    const name = `${FAMILIES[i % 12]} ${MIDDLE[(i >> 2) % 6]} ${GIVEN[(i >> 4) % 14]}`
    const to = changedEvery > 0 && i % changedEvery === 0 ? '31/12/2027' : '31/12/2026'
    const card = i % 3 === 0 ? ';' : `01/01/2026;${to}`
    lines.push(`${id};${name};19${yy};${female ? 'Nữ' : 'Nam'};${COMMUNES[i % 8]};HH${i >> 2};${card};15001;`)
  }
  return lines.join('\n')
}

async function measureImport(label: string, config: Parameters<typeof openStore>[0]): Promise<void> {
  const db = await openStore(config)
  try {
    const [admin] = await db.query<{ id: string }>(
      `INSERT INTO users (id, username, password_hash, role, display_name, created_at)
       VALUES ($1, $2, 'x', 'admin', 'Bench', now()) RETURNING id`,
      [randomUUID(), `bench-${randomUUID().slice(0, 8)}`],
    )
    for (const [what, csv] of [
      [`${ROWS.toLocaleString('en')} people, first import`, csvOf(ROWS)],
      ['the same list with 1 % of cards renewed', csvOf(ROWS, 100)],
    ] as const) {
      let peak = process.memoryUsage().rss
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50)
      const t0 = performance.now()
      const read = readInsuredLines(parseCsv(csv), '15')
      const t1 = performance.now()
      const counts = await replaceInsuredList(db, '15', read.people, admin!.id, new Date())
      const t2 = performance.now()
      clearInterval(timer)
      console.log(
        `  ${label}, ${what}: read ${((t1 - t0) / 1000).toFixed(1)} s + store ${((t2 - t1) / 1000).toFixed(1)} s,` +
          ` ${counts.changed.toLocaleString('en')} rows written, peak RSS ${(peak / 2 ** 20).toFixed(0)} MB` +
          (read.errors.length ? ` (${read.errors.length} bad lines!)` : ''),
      )
    }
  } finally {
    await db.close()
  }
}

async function measureSearch(): Promise<void> {
  const bundled = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: join(root, 'src/domain/insured/search-insured.ts'),
        formats: ['iife'],
        name: 'insuredSearch',
      },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[]
  const code = (Array.isArray(bundled) ? bundled[0]! : bundled).output[0].code
  const people: InsuredRow[] = readInsuredLines(parseCsv(csvOf(50_000)), '15').people.map(toRow)
  const step = Math.floor(people.length / 60)
  const typed = people.filter((_, i) => i % step === 0).slice(0, 60)
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.addScriptTag({ content: code })
    const result = await page.evaluate(
      ({ rows, targets }) => {
        const mod = (
          globalThis as unknown as { insuredSearch: typeof import('../src/domain/insured/search-insured.ts') }
        ).insuredSearch
        const t0 = performance.now()
        const index = mod.buildInsuredIndex(rows)
        const build = performance.now() - t0
        const names: number[] = []
        const ids: number[] = []
        for (const [r, query] of targets) {
          for (let n = 2; n <= query.length; n++) {
            const s = performance.now()
            mod.searchInsured(index, query.slice(0, n))
            names.push(performance.now() - s)
          }
          for (let n = 3; n <= 12; n++) {
            const s = performance.now()
            mod.searchInsured(index, r[0].slice(0, n))
            ids.push(performance.now() - s)
          }
        }
        return { build, names, ids }
      },
      // Typed as on a phone keyboard without Vietnamese input: no diacritics, then the birth year.
      { rows: people, targets: typed.map((r) => [r, `${foldName(r[1])} ${r[2].slice(0, 4)}`] as const) },
    )
    const n = summarize(result.names)
    const i = summarize(result.ids)
    console.log('Search before register, 50,000 people, Chromium at 4× CPU throttle:')
    console.log(`  building the index once (fold 50,000 names): ${result.build.toFixed(0)} ms`)
    console.log(
      `  name + birth year, per keystroke: median ${n.median.toFixed(2)} ms, p95 ${n.p95.toFixed(2)} ms (${n.n} searches)`,
    )
    console.log(
      `  ID number, per keystroke: median ${i.median.toFixed(2)} ms, p95 ${i.p95.toFixed(2)} ms (${i.n} searches)`,
    )
  } finally {
    await browser.close()
  }
}

export async function measureInsuredList(): Promise<void> {
  console.log(`\nThe agency's participant list, import (BENCH_INSURED_ROWS=${ROWS}):`)
  await measureImport('PGlite', { kind: 'pglite', dataDir: null })
  const url = process.env['BENCH_DATABASE_URL']
  if (url) await measureImport('PostgreSQL', { kind: 'pg', url, schema: `bench_${randomUUID().slice(0, 8)}` })
  else console.log('  PostgreSQL: not run (set BENCH_DATABASE_URL)')

  const tenThousand = readInsuredLines(parseCsv(csvOf(10_000)), '15').people.map(toRow)
  const json = Buffer.from(JSON.stringify({ version: 1, people: tenThousand, removed: [] }))
  console.log(
    `Download of 10,000 people: ${(json.length / 1024).toFixed(0)} KB JSON, ` +
      `${(gzipSync(json).length / 1024).toFixed(0)} KB gzip on the wire (${(gzipSync(json).length / 10_000).toFixed(1)} bytes a person)`,
  )
  await measureSearch()
}
