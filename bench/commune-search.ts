// Issue #12: what the admin-unit data weighs on the phone and how fast the commune picker searches it.
// - The lazy chunks of the built app (dist/) holding the data, gzip -9, and whether the service worker
//   precaches them (its manifest names them), so the picker works offline.
// - searchCommunes over the 3,321 communes in Debian's Chromium at 4× CPU throttle (CDP
//   Emulation.setCPUThrottlingRate): the module is bundled alone and run in a blank page, one search per
//   keystroke as a collector types 60 commune names without accents.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Rollup } from 'vite'
import { communes, bareName } from '../src/domain/admin/admin-units.ts'
import { launchChromium } from './browser.ts'
import { summarize } from './stats.ts'

const root = resolve(import.meta.dirname, '..')
const kb = (n: number) => (n / 1024).toFixed(1)

export async function measureCommuneSearch(): Promise<void> {
  console.log('\nAdmin units on the phone (lazy chunks of dist/, gzip -9):')
  const assets = join(root, 'dist/assets')
  const sw = readFileSync(join(root, 'dist/sw.js'), 'utf8')
  for (const [label, prefix] of [
    ['34 provinces, 3,321 communes (the picker)', 'admin-units-'],
    ['search code', 'search-communes-'],
    ['old → new table (the ID-card scan)', 'old-address-'],
  ] as const) {
    for (const file of readdirSync(assets).filter((f) => f.startsWith(prefix) && f.endsWith('.js'))) {
      const body = readFileSync(join(assets, file))
      const precached = sw.includes(file) ? 'precached' : 'NOT precached'
      console.log(`  ${kb(gzipSync(body, { level: 9 }).length)} KB  ${file} — ${label}, ${precached}`)
    }
  }

  const bundled = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: join(root, 'src/domain/admin/search-communes.ts'),
        formats: ['iife'],
        name: 'communeSearch',
      },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[]
  const code = (Array.isArray(bundled) ? bundled[0]! : bundled).output[0].code

  // What a collector types: 60 names spread over the list, without accents, one search per keystroke.
  const step = Math.floor(communes.length / 60)
  const typed = communes.filter((_, i) => i % step === 0).map((c) => bareName(c.name))
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.addScriptTag({ content: code })
    const result = await page.evaluate((names: string[]) => {
      const mod = (
        globalThis as unknown as { communeSearch: typeof import('../src/domain/admin/search-communes.ts') }
      ).communeSearch
      const search = mod.searchCommunes
      // The picker folds the list once the chunk has loaded, before the first keystroke.
      const t0 = performance.now()
      mod.prepareSearch()
      const first = performance.now() - t0
      const samples: number[] = []
      let found = 0
      for (const name of names) {
        for (let n = 1; n <= name.length; n++) {
          const s = performance.now()
          const hits = search(name.slice(0, n), { provinceCode: '15' })
          samples.push(performance.now() - s)
          if (n === name.length && hits.length > 0) found++
        }
      }
      return { first, samples, found }
    }, typed)
    const s = summarize(result.samples)
    console.log('Commune picker search, 3,321 communes, Chromium at 4× CPU throttle:')
    console.log(`  folding the list once, when the chunk loads: ${result.first.toFixed(1)} ms`)
    console.log(
      `  per keystroke: median ${s.median.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms over ${s.n} searches` +
        ` (${typed.length} names typed letter by letter, ${result.found} found when complete)`,
    )
  } finally {
    await browser.close()
  }
}
