// Tap "Lưu" → the registration, its outbox entry and the receipt counter committed in IndexedDB, beside the
// same reads, seal and writes done with the raw IndexedDB and WebCrypto APIs in the same browser, so the
// app's own overhead (validation, rendering, Dexie) shows. Goal ≤ 2× the floor (#15).
import type { Page } from '@playwright/test'
import { launchChromium, phoneContext } from './browser.ts'
import { signInAs } from './sign-in.ts'
import { summarize } from './stats.ts'

const RUNS = Number(process.env.BENCH_SAVE_RUNS ?? 50)
const MARK = 'ghidanh:save-committed'

export async function measureSaveLatency(baseURL: string): Promise<void> {
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ ...phoneContext(baseURL), bypassCSP: true })
    // tsx names the functions it compiles; page.evaluate sends them to a page that has no `__name`.
    await context.addInitScript('globalThis.__name = (f) => f')
    const page = await context.newPage()
    await signInAs(page, 'staff1')
    // The phone is in a village: sync attempts fail, as they would there, and do not compete with saving.
    await page.route('**/api/sync/**', (route) => route.abort('internetdisconnected'))
    // A cheap phone: both the app and the floor run at a quarter of this machine's speed.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
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
    // The floor: the same work done raw in the same browser at the same speed — read the record and the
    // counter, seal a record of the same size with AES-GCM, then in one read-write transaction read both
    // again, write the counter, the record and the outbox entry and delete the draft.
    const raw = await page.evaluate(rawSaves, RUNS)
    const a = summarize(app)
    const r = summarize(raw)
    console.log(`\nTap Lưu → committed in IndexedDB (${a.n} saves, 360×740 Chromium, 4× CPU slowdown):`)
    console.log(
      `  app save                         median ${a.median.toFixed(1)} ms   p95 ${a.p95.toFixed(1)} ms   ${(a.median / r.median).toFixed(1)}× the floor (goal ≤ 2×)`,
    )
    console.log(
      `  floor: the same reads, seal and writes, raw  median ${r.median.toFixed(1)} ms   p95 ${r.p95.toFixed(1)} ms`,
    )
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

/** Runs in the page (see the floor above); returns each save's ms. */
async function rawSaves(runs: number): Promise<number[]> {
  const req = <T>(r: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      r.onsuccess = () => resolve(r.result)
      r.onerror = () => reject(r.error)
    })
  const done = (tx: IDBTransaction) =>
    new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
      tx.onabort = () => reject(tx.error)
    })
  const appDb = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('ghidanh')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
  })
  const sample = (
    await req(appDb.transaction('registrations').objectStore('registrations').getAll(null, 1))
  )[0] as Record<string, unknown> & { sealed: { data: ArrayBuffer } }
  appDb.close()
  const open = indexedDB.open('bench-raw-save', 1)
  open.onupgradeneeded = () => {
    for (const store of ['registrations', 'outbox', 'settings', 'drafts'])
      open.result.createObjectStore(store, { keyPath: store === 'settings' ? 'key' : 'id' })
  }
  const db = await req(open)
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt'])
  // The sealed record's size: AES-GCM adds 16 bytes to what it seals.
  const { sealed: stored, ...clear } = sample
  const sealedBytes = stored.data.byteLength - 16
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const id = `raw-${i}`
    const t0 = performance.now()
    const read = db.transaction(['registrations', 'settings'])
    await req(read.objectStore('registrations').get(id))
    await req(read.objectStore('settings').get('receiptSeq'))
    await req(read.objectStore('settings').get('device'))
    const record = { id, text: 'x'.repeat(sealedBytes - 20) }
    const iv = crypto.getRandomValues(new Uint8Array(12))
    const sealed = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv },
      key,
      new TextEncoder().encode(JSON.stringify(record)),
    )
    const tx = db.transaction(['registrations', 'outbox', 'settings', 'drafts'], 'readwrite')
    await req(tx.objectStore('registrations').get(id))
    await req(tx.objectStore('settings').get('receiptSeq'))
    tx.objectStore('settings').put({ key: 'receiptSeq', value: i })
    tx.objectStore('registrations').put({ ...clear, id, savedAt: Date.now(), sealed: { iv, data: sealed } })
    tx.objectStore('outbox').put({ id, revision: 1, enqueuedAt: Date.now(), attempts: 0 })
    tx.objectStore('drafts').delete('enrol')
    await done(tx)
    times.push(performance.now() - t0)
  }
  db.close()
  return times
}
