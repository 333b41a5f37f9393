// Tap "Lưu" → the registration, its outbox entry and the receipt counter committed in IndexedDB, beside a
// raw Dexie put of the same object in the same browser, so the app's own overhead shows.
import { createRequire } from 'node:module'
import type { Page } from '@playwright/test'
import { launchChromium, phoneContext } from './browser.ts'
import { signInAs } from './sign-in.ts'
import { summarize } from './stats.ts'

const RUNS = Number(process.env.BENCH_SAVE_RUNS ?? 50)
const MARK = 'ghidanh:save-committed'
const dexieUmd = createRequire(import.meta.url).resolve('dexie/dist/dexie.js')

export async function measureSaveLatency(baseURL: string): Promise<void> {
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ ...phoneContext(baseURL), bypassCSP: true })
    const page = await context.newPage()
    await signInAs(page, 'staff1')
    // The phone is in a village: sync attempts fail, as they would there, and do not compete with saving.
    await page.route('**/api/sync/**', (route) => route.abort('internetdisconnected'))
    await page.evaluate(() => {
      const w = window as unknown as { __taps: number[] }
      w.__taps = []
      document.addEventListener(
        'click',
        (e) => {
          const button = (e.target as Element | null)?.closest('button')
          if (button?.textContent?.trim() === 'Lưu') w.__taps.push(performance.now())
        },
        true,
      )
    })
    const app: number[] = []
    for (let i = 0; i < RUNS; i++) {
      await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
      await fillOne(page, i)
      await page.getByRole('button', { name: 'Lưu' }).click()
      await page.waitForFunction((n) => performance.getEntriesByName('ghidanh:save-committed').length > n, i)
      app.push(
        await page.evaluate(
          ([n, mark]) => {
            const taps = (window as unknown as { __taps: number[] }).__taps
            const entry = performance.getEntriesByName(mark as string)[n as number]
            return (entry?.startTime ?? NaN) - (taps[n as number] ?? NaN)
          },
          [i, MARK] as const,
        ),
      )
    }
    await page.addScriptTag({ path: dexieUmd })
    const raw = await page.evaluate(async (runs) => {
      const { Dexie } = window as unknown as { Dexie: typeof import('dexie').Dexie }
      const appDb = new Dexie('ghidanh')
      await appDb.open()
      const sample = (await appDb.table('registrations').limit(1).toArray())[0] as Record<string, unknown>
      appDb.close()
      const db = new Dexie('bench-raw')
      db.version(1).stores({ registrations: 'id' })
      await db.open()
      const times: number[] = []
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now()
        await db.table('registrations').put({ ...sample, id: `raw-${i}` })
        times.push(performance.now() - t0)
      }
      db.close()
      return times
    }, RUNS)
    const a = summarize(app)
    const r = summarize(raw)
    console.log(`\nTap Lưu → committed in IndexedDB (${a.n} saves, 360×740 Chromium):`)
    console.log(`  app save     median ${a.median.toFixed(1)} ms   p95 ${a.p95.toFixed(1)} ms`)
    console.log(`  raw Dexie put median ${r.median.toFixed(1)} ms   p95 ${r.p95.toFixed(1)} ms`)
  } finally {
    await browser.close()
  }
}

async function fillOne(page: Page, i: number): Promise<void> {
  const id = `0100850${String(10000 + i).slice(-5)}`
  await page.getByLabel('Họ và tên').fill(`Lù Văn Páo ${String.fromCharCode(65 + (i % 26))}`)
  await page.getByLabel('Số định danh cá nhân').fill(id)
  await page.getByLabel('Năm sinh', { exact: true }).fill('1985')
  await page.getByRole('radio', { name: 'Nam', exact: true }).check()
  await page.getByLabel('Dân tộc').selectOption('08')
  await page.getByLabel('Xã/phường').fill('Xã Bát Xát')
  await page.getByLabel('BHYT hộ gia đình').check()
  await page.getByLabel('Người tham gia đồng ý cho thu thập thông tin').check()
  await page.getByLabel('Đã thu đủ tiền mặt').check()
}
