// Cold offline start, 4× CPU slowdown: opening the app (served by its service worker, no network) to the PIN
// pad ready, and from the last PIN digit to the enrol form, each beside a floor measured in the same browser:
// a page whose only script draws a PIN pad of twelve buttons, served offline by its own service worker from
// its cache (on another origin, so the app's worker does not answer for it), and in it the unlock's own unavoidable work — the PIN's PBKDF2
// key at the app's iterations, unwrapping the data key with it — then a form of 24 fields drawn, and again
// with the app's own enrol form markup and styles drawn raw. Goal ≤ 1.5× the floor (#15). Prints figures; no
// pass/fail.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { BrowserContext, Page } from '@playwright/test'
import { PBKDF2_ITERATIONS } from '../src/app/db/derive-aes-key.ts'
import { launchChromium, phoneContext } from './browser.ts'
import { BENCH_PIN, signInAs } from './sign-in.ts'
import { summarize } from './stats.ts'

const RUNS = Number(process.env.BENCH_START_RUNS ?? 7)

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
if (!navigator.serviceWorker.controller) navigator.serviceWorker.register('/floor-sw.js')
</script></body></html>`

// The floor page's own service worker: it keeps the page and serves it from its cache, as the app's does.
const FLOOR_SW = `self.addEventListener('install', (e) =>
  e.waitUntil(caches.open('floor').then((c) => c.add('/')).then(() => self.skipWaiting())))
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()))
self.addEventListener('fetch', (e) => e.respondWith(caches.match(e.request).then((r) => r || fetch(e.request))))`

// In every page before its own scripts: the time `data-ready` is set, seen by a mutation observer (a
// microtask after the setAttribute), so no Playwright round trip is in the figure.
const READY_WATCH = `new MutationObserver((_, o) => {
  if (document.getElementById('root')?.hasAttribute('data-ready')) { window.__readyAt = performance.now(); o.disconnect() }
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] })`

// In every page too: the last tap on a button, and the frame after the enrol form first appears (the frame
// the collector sees it in), so "last PIN digit → enrol form" is read in the page without Playwright.
const FORM_WATCH = `document.addEventListener('click', () => { window.__tapAt = performance.now() }, true)
new MutationObserver((_, o) => {
  if (!document.querySelector('main.enrol form')) return
  o.disconnect()
  requestAnimationFrame(() => { window.__formAt = performance.now() })
}).observe(document, { subtree: true, childList: true })`

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
  const floorServer = createServer((req, res) => {
    const worker = req.url === '/floor-sw.js'
    res.writeHead(200, { 'Content-Type': worker ? 'text/javascript' : 'text/html; charset=utf-8' })
    res.end(worker ? FLOOR_SW : FLOOR_HTML)
  })
  await new Promise<void>((resolve) => floorServer.listen(0, '127.0.0.1', resolve))
  const floorUrl = `http://127.0.0.1:${(floorServer.address() as AddressInfo).port}/`
  const browser = await launchChromium()
  try {
    const context = await browser.newContext(phoneContext(baseURL))
    await context.addInitScript(READY_WATCH)
    await context.addInitScript(FORM_WATCH)
    // tsx names the functions it compiles; page.evaluate sends them to pages that have no `__name`.
    await context.addInitScript('globalThis.__name = (f) => f')
    const first = await context.newPage()
    await signInAs(first, 'staff1')
    // The app's own enrol form, as drawn, with its styles: what the second floor draws.
    await first.getByRole('link', { name: 'Ghi danh', exact: true }).click()
    await first.getByLabel('Họ và tên').waitFor()
    const appForm = await first.evaluate(() => ({
      html: document.querySelector('main.enrol')?.outerHTML ?? '',
      css: [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
        .join('\n'),
    }))
    if (appForm.html.length < 1000) throw new Error('The enrol form was not drawn: no markup for the floor')
    // The service worker has installed and controls the origin: from here on the phone is offline.
    await first.evaluate(() => navigator.serviceWorker.ready)
    await first.goto(floorUrl)
    await first.evaluate(() => navigator.serviceWorker.ready)
    await first.close()
    await context.setOffline(true)

    const floor: number[] = []
    const pinPad: number[] = []
    const toForm: number[] = []
    const toFormInPage: number[] = []
    const formFloor: number[] = []
    const sameFormFloor: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const f = await openToReady(context, floorUrl)
      floor.push(f.ms)
      // The floor of "unlock → form": the key work of an unlock, then a form of the same size drawn.
      formFloor.push(await f.page.evaluate(unlockFloor, { iterations: PBKDF2_ITERATIONS }))
      // The same, drawing the app's own enrol form as static markup with the app's styles: the same elements
      // and layout, without React, react-hook-form or any data.
      sameFormFloor.push(
        await f.page.evaluate(unlockFloor, { iterations: PBKDF2_ITERATIONS, markup: appForm }),
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
      toFormInPage.push(
        await app.page.evaluate(async () => {
          const w = window as unknown as { __tapAt: number; __formAt?: number }
          while (w.__formAt === undefined) await new Promise((resolve) => requestAnimationFrame(resolve))
          return w.__formAt - w.__tapAt
        }),
      )
      await app.page.close()
    }
    const fl = summarize(floor).median
    const ff = summarize(formFloor).median
    const sf = summarize(sameFormFloor).median
    const p = summarize(pinPad)
    const e = summarize(toForm)
    const ep = summarize(toFormInPage)
    console.log(`\nCold offline start, 4× CPU slowdown, service worker, ${RUNS} runs:`)
    console.log(`  floor page: navigation → PIN pad drawn       median ${fl.toFixed(0).padStart(5)} ms`)
    console.log(
      `  app: navigation → PIN pad ready (data-ready) median ${p.median.toFixed(0).padStart(5)} ms  p95 ${p.p95.toFixed(0).padStart(5)} ms  ${(p.median / fl).toFixed(2)}× the floor (goal ≤ 1.5×)`,
    )
    console.log(`  floor: unwrap the key with the PIN, draw 24 fields median ${ff.toFixed(0).padStart(5)} ms`)
    console.log(
      `  app: last PIN digit → enrol form             median ${e.median.toFixed(0).padStart(5)} ms  p95 ${e.p95.toFixed(0).padStart(5)} ms  (includes a Playwright round trip)`,
    )
    console.log(
      `    in the page: the digit's click → the form's first frame  median ${ep.median.toFixed(0).padStart(5)} ms  p95 ${ep.p95.toFixed(0).padStart(5)} ms  ${(ep.median / ff).toFixed(2)}× the floor (goal ≤ 1.5×)`,
    )
    console.log(
      `    beside a floor drawing the app's own form markup and styles raw (median ${sf.toFixed(0)} ms): ${(ep.median / sf).toFixed(2)}×`,
    )
  } finally {
    await browser.close()
    floorServer.close()
  }
}

/**
 * The floor of "unlock → form", run in the floor page: the PIN's key derived at the app's iterations and the
 * data key unwrapped with it, then a form drawn — 24 plain fields, or `markup` (the app's own form and
 * styles) — up to the frame after it. Returns the ms.
 */
async function unlockFloor({
  iterations,
  markup,
}: {
  iterations: number
  markup?: { html: string; css: string }
}): Promise<number> {
  for (const drawn of document.querySelectorAll('[data-floor]')) drawn.remove()
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const dataKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt'])
  const kekOf = async (usage: KeyUsage) =>
    crypto.subtle.deriveKey(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
      await crypto.subtle.importKey('raw', new TextEncoder().encode('482915'), 'PBKDF2', false, [
        'deriveKey',
      ]),
      { name: 'AES-KW', length: 256 },
      false,
      [usage],
    )
  const wrapped = await crypto.subtle.wrapKey('raw', dataKey, await kekOf('wrapKey'), 'AES-KW')
  const t0 = performance.now()
  await crypto.subtle.unwrapKey('raw', wrapped, await kekOf('unwrapKey'), 'AES-KW', 'AES-GCM', false, [
    'decrypt',
  ])
  if (markup) {
    const style = document.createElement('style')
    style.dataset['floor'] = ''
    style.textContent = markup.css
    const holder = document.createElement('div')
    holder.dataset['floor'] = ''
    holder.innerHTML = markup.html
    document.head.append(style)
    document.body.append(holder)
  } else {
    const form = document.createElement('form')
    form.dataset['floor'] = ''
    for (let i = 0; i < 24; i++) {
      const label = document.createElement('label')
      label.textContent = `Trường ${i}`
      const input = document.createElement('input')
      label.append(input)
      form.append(label)
    }
    document.body.append(form)
  }
  await new Promise((resolve) => requestAnimationFrame(resolve))
  return performance.now() - t0
}
