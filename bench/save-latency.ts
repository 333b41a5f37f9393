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
    // The phone is in a village: every request to the server fails, as it would there.
    await page.route('**/api/**', (route) => route.abort('internetdisconnected'))
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
    const raw: number[] = []
    // BENCH_SAVE_PROFILE=1: a CPU profile around each tap on Lưu, until the commit, and where it went.
    const profiles: Profile[] = []
    const profiling = process.env.BENCH_SAVE_PROFILE !== undefined
    if (profiling) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    }
    for (let i = 0; i < RUNS; i++) {
      await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
      await fillOne(page, i)
      if (profiling) await cdp.send('Profiler.start')
      await page.getByRole('button', { name: 'Lưu' }).click()
      await page.waitForFunction((n) => performance.getEntriesByName('ghidanh:save-committed').length > n, i)
      if (profiling) profiles.push((await cdp.send('Profiler.stop')).profile)
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
      // The floor's save right after the app's, so both see the same machine (its speed drifts).
      raw.push(...(await page.evaluate(rawSaves, { runs: 1, from: i })))
    }
    if (profiles.length > 0) printProfile(profiles)
    const a = summarize(app)
    const r = summarize(raw)
    console.log(`\nTap Lưu → committed in IndexedDB (${a.n} saves, 360×740 Chromium, 4× CPU slowdown):`)
    console.log(
      `  app save                         median ${a.median.toFixed(1)} ms   p95 ${a.p95.toFixed(1)} ms   ${(a.median / r.median).toFixed(1)}× the floor (goal ≤ 2×)`,
    )
    console.log(
      `  floor: the same reads, seal and writes, raw  median ${r.median.toFixed(1)} ms   p95 ${r.p95.toFixed(1)} ms`,
    )
    // Every save adds one to what waits to be sent (the network is down): a save must not slow as it grows.
    const fifth = Math.max(1, Math.floor(app.length / 5))
    const first = summarize(app.slice(0, fifth)).median
    const last = summarize(app.slice(-fifth)).median
    console.log(
      `  app, first ${fifth} saves vs last ${fifth} (${app.length - fifth}+ waiting to be sent)  median ${first.toFixed(1)} → ${last.toFixed(1)} ms`,
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

/**
 * The floor, run in the page: the same work done raw in the same browser at the same speed, in stores with
 * the app's indexes. Read the record and the counter; seal a record of the same size with AES-GCM and tag
 * its ID number with HMAC; then, in one read-write transaction, read both again with the event's cash line
 * and totals, write the counter, the record, its cash line, the totals and the outbox entry, and delete the
 * draft — each batch of requests sent together. Returns each save's ms.
 */
async function rawSaves({ runs, from }: { runs: number; from: number }): Promise<number[]> {
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
  // The stores a save writes, shaped as the app's own are: the same key paths and indexes, read from them.
  const shapes = ['registrations', 'outbox', 'settings', 'drafts', 'cashLines', 'cashTotals'].map((name) => {
    const store = appDb.transaction(name).objectStore(name)
    const indexes = [...store.indexNames].map((index) => store.index(index))
    return { name, keyPath: store.keyPath, indexes }
  })
  appDb.close()
  const open = indexedDB.open('bench-raw-save', 1)
  open.onupgradeneeded = () => {
    for (const { name, keyPath, indexes } of shapes) {
      const store = open.result.createObjectStore(name, { keyPath })
      for (const index of indexes)
        store.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry, unique: index.unique })
    }
  }
  const db = await req(open)
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt'])
  const tagKey = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  // The sealed record's size: AES-GCM adds 16 bytes to what it seals.
  const { sealed: stored, ...clear } = sample
  const sealedBytes = stored.data.byteLength - 16
  const eventId = String(clear['eventId'])
  const times: number[] = []
  for (let i = from; i < from + runs; i++) {
    const id = `raw-${i}`
    const t0 = performance.now()
    const read = db.transaction(['registrations', 'settings'])
    await Promise.all([
      req(read.objectStore('registrations').get(id)),
      req(read.objectStore('settings').get('receiptSeq')),
      req(read.objectStore('settings').get('device')),
    ])
    const record = { id, text: 'x'.repeat(sealedBytes - 20) }
    const iv = crypto.getRandomValues(new Uint8Array(12))
    const sealed = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv },
      key,
      new TextEncoder().encode(JSON.stringify(record)),
    )
    const tag = await crypto.subtle.sign('HMAC', tagKey, new TextEncoder().encode(`0100850${i}`))
    const idTags = [btoa(String.fromCharCode(...new Uint8Array(tag).subarray(0, 12)))]
    const tx = db.transaction(
      ['registrations', 'outbox', 'settings', 'drafts', 'cashLines', 'cashTotals'],
      'readwrite',
    )
    const finished = done(tx)
    await Promise.all([
      req(tx.objectStore('registrations').get(id)),
      req(tx.objectStore('settings').get('receiptSeq')),
      req(tx.objectStore('cashLines').get(id)),
      req(tx.objectStore('cashTotals').get(eventId)),
    ])
    tx.objectStore('settings').put({ key: 'receiptSeq', value: i })
    tx.objectStore('registrations').put({
      ...clear,
      id,
      savedAt: Date.now(),
      idTags,
      sealed: { iv, data: sealed },
    })
    tx.objectStore('cashLines').put({ id, eventId, open: false, listed: 0, amount: 1_000_000 })
    tx.objectStore('cashTotals').put({ eventId, lines: i + 1, amount: (i + 1) * 1_000_000 })
    tx.objectStore('outbox').put({ id, revision: 1, enqueuedAt: Date.now(), attempts: 0 })
    tx.objectStore('drafts').delete('enrol')
    await finished
    times.push(performance.now() - t0)
  }
  db.close()
  return times
}

type Profile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]
  samples?: number[]
  timeDeltas?: number[]
}

/** Self time summed over the saves' profiles, by function and file: the top 20. */
function printProfile(profiles: readonly Profile[]): void {
  const self = new Map<string, number>()
  let total = 0
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n.callFrame]))
    p.samples?.forEach((id, i) => {
      const f = byId.get(id)
      const dt = p.timeDeltas?.[i] ?? 0
      const key = f
        ? `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber}`
        : '?'
      self.set(key, (self.get(key) ?? 0) + dt)
      total += dt
    })
  }
  console.log(`\nWhere ${profiles.length} saves spent their time (self, ms per save):`)
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(
      `  ${(us / 1000 / profiles.length).toFixed(2).padStart(6)}  ${((100 * us) / total).toFixed(1).padStart(5)} %  ${key}`,
    )
}
