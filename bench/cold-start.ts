// Cold offline start, 4× CPU slowdown: opening the app (served by its service worker, no network) to the PIN
// pad ready, and from the last PIN digit to the enrol form, each beside a floor page measured in the same
// browser — a page of the same origin whose only script draws a PIN pad of twelve buttons. Goal ≤ 1.5× the
// floor (#15). Prints figures; no pass/fail.
import type { BrowserContext, Page } from '@playwright/test'
import { launchChromium, phoneContext } from './browser.ts'
import { BENCH_PIN, signInAs } from './sign-in.ts'
import { summarize } from './stats.ts'

const RUNS = Number(process.env.BENCH_START_RUNS ?? 7)
const FLOOR_PATH = '/bench-floor-page'

const FLOOR_HTML = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>floor</title></head>
<body><div id="root"></div><script type="module">
const root = document.getElementById('root')
const pad = document.createElement('div')
for (const d of ['1','2','3','4','5','6','7','8','9','','0','⌫']) {
  const b = document.createElement('button'); b.textContent = d; b.style.cssText = 'width:30%;height:64px;font-size:24px'
  pad.append(b)
}
root.append(pad)
requestAnimationFrame(() => root.setAttribute('data-ready', ''))
</script></body></html>`

// In every page before its own scripts: the time `data-ready` is set, seen by a mutation observer (a
// microtask after the setAttribute), so no Playwright round trip is in the figure.
const READY_WATCH = `new MutationObserver((_, o) => {
  if (document.getElementById('root')?.hasAttribute('data-ready')) { window.__readyAt = performance.now(); o.disconnect() }
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] })`

/** ms from the navigation's start to `#root[data-ready]`, read in the page. */
async function openToReady(context: BrowserContext, path: string): Promise<{ page: Page; ms: number }> {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await page.goto(path)
  await page.locator('#root[data-ready]').waitFor({ state: 'attached' })
  const ms = await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt)
  return { page, ms }
}

export async function measureColdStart(baseURL: string): Promise<void> {
  const browser = await launchChromium()
  try {
    const context = await browser.newContext(phoneContext(baseURL))
    await context.addInitScript(READY_WATCH)
    await context.route(`**${FLOOR_PATH}`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: FLOOR_HTML }),
    )
    const first = await context.newPage()
    await signInAs(first, 'staff1')
    // The service worker has installed and controls the origin: from here on the phone is offline.
    await first.evaluate(() => navigator.serviceWorker.ready)
    await first.close()
    await context.setOffline(true)

    const floor: number[] = []
    const pinPad: number[] = []
    const toForm: number[] = []
    const formFloor: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const f = await openToReady(context, FLOOR_PATH)
      floor.push(f.ms)
      // The floor of "unlock → form": a tap that draws a form of the same fields, in the same page.
      formFloor.push(
        await f.page.evaluate(async () => {
          const t0 = performance.now()
          const form = document.createElement('form')
          for (let i = 0; i < 24; i++) {
            const label = document.createElement('label')
            label.textContent = `Trường ${i}`
            const input = document.createElement('input')
            label.append(input)
            form.append(label)
          }
          document.body.append(form)
          await new Promise((resolve) => requestAnimationFrame(resolve))
          return performance.now() - t0
        }),
      )
      await f.page.close()

      const app = await openToReady(context, '/enrol')
      pinPad.push(app.ms)
      await app.page.getByRole('heading', { name: 'Ứng dụng đang khoá' }).waitFor()
      for (const digit of BENCH_PIN.slice(0, -1))
        await app.page.getByRole('button', { name: digit, exact: true }).click()
      const t0 = performance.now()
      await app.page.getByRole('button', { name: BENCH_PIN.slice(-1), exact: true }).click()
      await app.page.getByLabel('Họ và tên').waitFor()
      toForm.push(performance.now() - t0)
      await app.page.close()
    }
    const fl = summarize(floor).median
    const ff = summarize(formFloor).median
    const p = summarize(pinPad)
    const e = summarize(toForm)
    console.log(`\nCold offline start, 4× CPU slowdown, service worker, ${RUNS} runs:`)
    console.log(`  floor page: navigation → PIN pad drawn       median ${fl.toFixed(0).padStart(5)} ms`)
    console.log(
      `  app: navigation → PIN pad ready (data-ready) median ${p.median.toFixed(0).padStart(5)} ms  p95 ${p.p95.toFixed(0).padStart(5)} ms  ${(p.median / fl).toFixed(2)}× the floor (goal ≤ 1.5×)`,
    )
    console.log(`  floor: draw a form of 24 fields              median ${ff.toFixed(0).padStart(5)} ms`)
    console.log(
      `  app: last PIN digit → enrol form             median ${e.median.toFixed(0).padStart(5)} ms  p95 ${e.p95.toFixed(0).padStart(5)} ms  (includes a Playwright round trip)`,
    )
  } finally {
    await browser.close()
  }
}
