// A phone that has kept BENCH_PHONE_ROWS registrations (default 20,000), at 4× CPU slowdown: restored from a
// backup file made here (the app's own import seals every row), then the queue opened and scrolled, the cash
// summary of an event of all those receipts, an unlock, and the home screen with the follow-ups due among
// BENCH_PHONE_ADVISED people advised (default 5,000) — each beside the floor measured in the same browser:
// one raw IndexedDB page of 50 rows off the savedAt index plus the AES-GCM decryption of those 50.
// The phone stays offline (sync routes refused), as in a village. Prints figures; no pass/fail.
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Registration } from '../src/domain/index.ts'
import type { Consultation } from '../src/domain/consultation/consultation-schema.ts'
import type { BackupPayload } from '../src/app/features/backup/backup-file.ts'
import { sealBackup } from '../src/app/features/backup/seal-backup.ts'
import type { Page } from '@playwright/test'
import { launchChromium, phoneContext } from './browser.ts'
import { BENCH_PIN, signInAs } from './sign-in.ts'
import { summarize } from './stats.ts'

const ROWS = Number(process.env.BENCH_PHONE_ROWS ?? 20_000)
/** People advised kept on the phone beside the registrations; one in 250 promised a follow-up, due by now. */
const ADVISED = Number(process.env.BENCH_PHONE_ADVISED ?? 5_000)
const FOLLOW_UP_EVERY = 250
const RUNS = Number(process.env.BENCH_PHONE_RUNS ?? 5)
const PASSPHRASE = 'bench-phone-scale'

export async function measurePhoneScale(baseURL: string): Promise<void> {
  const user = await signInOverHttp(baseURL)
  const browser = await launchChromium()
  try {
    const context = await browser.newContext(phoneContext(baseURL))
    // tsx names the functions passed to page.evaluate with a helper the page does not have.
    await context.addInitScript('globalThis.__name = (f) => f')
    const page = await context.newPage()
    await signInAs(page, 'staff1')
    await page.route('**/api/sync/**', (route) => route.abort('internetdisconnected'))
    const { eventId, deviceId, receiptPrefix } = await page.evaluate(readPhoneIds)
    const file = join(tmpdir(), `ghidanh-bench-${process.pid}.ghidanh`)
    await writeFile(file, await backupText(user, eventId, deviceId, receiptPrefix))

    await page.getByRole('link', { name: 'Cài đặt' }).click()
    await page.getByRole('link', { name: 'Khôi phục từ tệp sao lưu' }).click()
    await page.getByLabel('Tệp sao lưu').setInputFiles(file)
    await page.getByLabel('Mật khẩu sao lưu').fill(PASSPHRASE)
    let t = performance.now()
    await page.getByRole('button', { name: 'Khôi phục' }).click()
    const done = page.getByText('Đã khôi phục').or(page.getByRole('alert'))
    await done.waitFor({ timeout: 600_000 })
    if (!(await page.getByText('Đã khôi phục').isVisible()))
      throw new Error(`The restore failed: ${await page.getByRole('alert').textContent()}`)
    const restoreMs = performance.now() - t
    // The restore is a one-off at full speed; what a collector does every day is timed on a slow phone.
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })

    const floor: number[] = []
    const queueOpen: number[] = []
    const nextPage: number[] = []
    const cashOpen: number[] = []
    const cashFloor: number[] = []
    const unlock: number[] = []
    // The same, timed inside the page: from the tap's click event to the frame after the list (or the
    // figure) is in the document. No Playwright round trips in these.
    const inPage = {
      queueOpen: [] as number[],
      nextPage: [] as number[],
      cashOpen: [] as number[],
      repeatSeen: [] as number[],
      unlock: [] as number[],
      home: [] as number[],
    }
    const home: number[] = []
    const due = Math.floor(ADVISED / FOLLOW_UP_EVERY)
    const repeatSeen: number[] = []
    for (let run = 0; run < RUNS; run++) {
      floor.push(await page.evaluate(rawPageOf50))
      cashFloor.push(await page.evaluate(rawCashLines, eventId))

      await page.getByRole('link', { name: 'Cài đặt' }).click()
      await armTapTimer(page, { selector: '[data-testid=queue-item]', count: 50 })
      t = performance.now()
      await page.getByRole('link', { name: 'Đã ghi' }).click()
      await page.getByTestId('queue-item').nth(49).waitFor()
      queueOpen.push(performance.now() - t)
      inPage.queueOpen.push(await tapTimer(page))

      await armTapTimer(page, { selector: '[data-testid=queue-item]', count: 100 })
      t = performance.now()
      await page.getByRole('button', { name: /^Xem thêm/ }).click()
      await page.getByTestId('queue-item').nth(99).waitFor()
      nextPage.push(performance.now() - t)
      inPage.nextPage.push(await tapTimer(page))
      await shoot(page, 'queue')

      await armTapTimer(page, { selector: '[data-testid=cash-handover]', count: 1, text: '[1-9]' })
      t = performance.now()
      await page.getByRole('link', { name: 'Tổng kết tiền mặt' }).click()
      await page.getByTestId('cash-handover').filter({ hasText: /[1-9]/ }).waitFor()
      cashOpen.push(performance.now() - t)
      inPage.cashOpen.push(await tapTimer(page))

      await shoot(page, 'cash')

      // The enrol form warns, under the ID field, about a person already in a registration on this phone.
      await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
      const idField = page.getByLabel('Số định danh cá nhân')
      await idField.waitFor()
      await armTapTimer(page, { selector: '[data-testid=repeat-warning]', count: 1, on: 'input' })
      t = performance.now()
      await idField.fill(idNumberOf(1 + run))
      await page.getByTestId('repeat-warning').waitFor()
      repeatSeen.push(performance.now() - t)
      inPage.repeatSeen.push(await tapTimer(page))
      await idField.fill('')
      await page.getByRole('link', { name: 'Cài đặt' }).click()
      await shoot(page, 'settings')
      await page.getByRole('button', { name: 'Khoá ngay' }).click()
      await page.getByRole('heading', { name: 'Ứng dụng đang khoá' }).waitFor()
      for (const digit of BENCH_PIN.slice(0, -1))
        await page.getByRole('button', { name: digit, exact: true }).click()
      await armTapTimer(page, { selector: 'nav a[href="/settings"]', count: 1 })
      t = performance.now()
      await page.getByRole('button', { name: BENCH_PIN.slice(-1), exact: true }).click()
      await page.getByRole('link', { name: 'Cài đặt' }).waitFor()
      unlock.push(performance.now() - t)
      inPage.unlock.push(await tapTimer(page))

      // Home: the events, and the follow-ups due among everyone advised on this phone.
      await armTapTimer(page, { selector: '[data-testid=follow-up]', count: due })
      t = performance.now()
      await page.getByRole('link', { name: 'Ghi Danh', exact: true }).click()
      await page
        .getByTestId('follow-up')
        .nth(due - 1)
        .waitFor()
      home.push(performance.now() - t)
      inPage.home.push(await tapTimer(page))
      await shoot(page, 'home')
    }

    const f = summarize(floor).median
    const line = (label: string, samples: number[]) => {
      const s = summarize(samples)
      console.log(
        `  ${label.padEnd(44)} median ${s.median.toFixed(0).padStart(6)} ms  p95 ${s.p95.toFixed(0).padStart(6)} ms  ${(s.median / f).toFixed(1).padStart(5)}× the floor`,
      )
    }
    console.log(`\nPhone with ${ROWS.toLocaleString('en')} registrations, 4× CPU slowdown, ${RUNS} runs:`)
    console.log(
      `  restore from a backup file                  ${(restoreMs / 1000).toFixed(1)} s (once, full speed)`,
    )
    console.log(`  floor: raw IndexedDB page of 50 + decrypt   median ${f.toFixed(1)} ms`)
    line('queue open, first page of 50 drawn', queueOpen)
    line('  in the page: tap → drawn', inPage.queueOpen)
    line('queue scroll, next page of 50 drawn', nextPage)
    line('  in the page: tap → drawn', inPage.nextPage)
    line(`cash summary of one event (${ROWS.toLocaleString('en')} receipts)`, cashOpen)
    line('  in the page: tap → drawn', inPage.cashOpen)
    console.log(
      `    beside it, one raw read of all the event's cash lines (what a hand-over sends): median ${summarize(cashFloor).median.toFixed(0)} ms`,
    )
    line('enrol: ID typed → "already on this phone"', repeatSeen)
    line('  in the page: typed → drawn', inPage.repeatSeen)
    line('unlock, last PIN digit → home screen', unlock)
    line('  in the page: tap → drawn', inPage.unlock)
    line(`home, ${due} follow-ups due among ${ADVISED.toLocaleString('en')} advised`, home)
    line('  in the page: tap → drawn', inPage.home)
    console.log(
      '  (the Playwright figures include its round trips and its polling for the element, often 100-300 ms;',
    )
    console.log("   the in-page figures are from the tap's click event to the frame after the list is drawn)")
  } finally {
    await browser.close()
  }
}

/** BENCH_PHONE_SHOTS=<folder>: full-page screenshots of the screens measured, to look at. */
async function shoot(page: import('@playwright/test').Page, name: string): Promise<void> {
  const folder = process.env.BENCH_PHONE_SHOTS
  if (folder) await page.screenshot({ path: join(folder, `phone-${name}.png`), fullPage: true })
}

async function signInOverHttp(baseURL: string): Promise<{ id: string; username: string }> {
  const res = await fetch(new URL('/api/session', baseURL), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'staff1', password: process.env.DEMO_PASSWORD ?? 'ghidanh-demo' }),
  })
  const body = (await res.json()) as { user: { id: string; username: string } }
  return { id: body.user.id, username: body.user.username }
}

/** Runs in the page: the event the phone picked and its device registration, from the settings table. */
async function readPhoneIds(): Promise<{ eventId: string; deviceId: string; receiptPrefix: string }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('ghidanh')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
  })
  const get = (key: string) =>
    new Promise<unknown>((resolve, reject) => {
      const req = db.transaction('settings').objectStore('settings').get(key)
      req.onsuccess = () => resolve((req.result as { value?: unknown } | undefined)?.value)
      req.onerror = () => reject(req.error)
    })
  const device = (await get('device')) as { deviceId: string; receiptPrefix: string }
  const eventId = (await get('eventId')) as string
  db.close()
  return { eventId, deviceId: device.deviceId, receiptPrefix: device.receiptPrefix }
}

/**
 * Runs in the page: the floor. A fresh AES-GCM key seals the 50 newest rows' ciphertext bytes first
 * (untimed); then one read of 50 rows off the savedAt index and 50 decryptions are timed.
 */
async function rawPageOf50(): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('ghidanh')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
  })
  const readPage = () =>
    new Promise<{ sealed: { data: ArrayBuffer } }[]>((resolve, reject) => {
      const rows: { sealed: { data: ArrayBuffer } }[] = []
      const req = db
        .transaction('registrations')
        .objectStore('registrations')
        .index('savedAt')
        .openCursor(null, 'prev')
      req.onsuccess = () => {
        const cursor = req.result
        if (!cursor || rows.length === 50) return resolve(rows)
        rows.push(cursor.value as { sealed: { data: ArrayBuffer } })
        cursor.continue()
      }
      req.onerror = () => reject(req.error)
    })
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
  const iv = new Uint8Array(12)
  const boxes = await Promise.all(
    (await readPage()).map((r) => crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, r.sealed.data)),
  )
  const t0 = performance.now()
  await readPage()
  for (const box of boxes) await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, box)
  const ms = performance.now() - t0
  db.close()
  return ms
}

/**
 * Arms a timer in the page for the next tap: from its click event to the first frame after `count` elements
 * match `selector` (and the last of them matches `text`, a regular expression, when given).
 */
async function armTapTimer(
  page: Page,
  until: { selector: string; count: number; text?: string; on?: 'click' | 'input' },
): Promise<void> {
  await page.evaluate(({ selector, count, text, on }) => {
    const w = window as unknown as { __tapDrawnMs?: number | undefined }
    w.__tapDrawnMs = undefined
    const pattern = text === undefined ? undefined : new RegExp(text, 'u')
    const drawn = () => {
      const found = document.querySelectorAll(selector)
      const last = found[count - 1]
      return last !== undefined && (pattern === undefined || pattern.test(last.textContent ?? ''))
    }
    document.addEventListener(
      on ?? 'click',
      () => {
        const t0 = performance.now()
        const done = () => {
          requestAnimationFrame(() => (w.__tapDrawnMs = performance.now() - t0))
        }
        if (drawn()) {
          done()
          return
        }
        const watch = new MutationObserver(() => {
          if (!drawn()) return
          watch.disconnect()
          done()
        })
        watch.observe(document.body, { childList: true, subtree: true, characterData: true })
      },
      { capture: true, once: true },
    )
  }, until)
}

async function tapTimer(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (window as unknown as { __tapDrawnMs?: number | undefined }).__tapDrawnMs,
  )
  return (await handle.jsonValue()) as number
}

/** One raw getAll of every cash line of the event off their index, nothing drawn: what a hand-over reads. */
async function rawCashLines(eventId: string): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('ghidanh')
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
  })
  const t0 = performance.now()
  const rows = await new Promise<unknown[]>((resolve, reject) => {
    const req = db.transaction('cashLines').objectStore('cashLines').index('eventId').getAll(eventId)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
  const ms = performance.now() - t0
  db.close()
  if (rows.length === 0) throw new Error('no cash lines on the phone')
  return ms
}

async function backupText(
  user: { id: string; username: string },
  eventId: string,
  deviceId: string,
  receiptPrefix: string,
): Promise<string> {
  const now = Date.now()
  const registrations: BackupPayload['registrations'] = []
  for (let i = 1; i <= ROWS; i++) {
    const record = registrationNo(i, eventId, deviceId, receiptPrefix)
    registrations.push({
      id: record.id,
      revision: 1,
      syncState: 'sent',
      ackedRevision: 1,
      savedAt: now - (ROWS - i) * 60_000,
      record,
      review: { status: i % 3 === 0 ? 'pending' : 'approved' },
      queued: false,
    })
  }
  const payload: BackupPayload = {
    user,
    deviceId,
    receiptPrefix,
    receiptSeq: ROWS,
    createdAt: new Date(now).toISOString(),
    registrations,
    consultations: Array.from({ length: ADVISED }, (_, i) => consultationNo(i + 1, eventId, deviceId)),
  }
  // Fewer PBKDF2 rounds than a phone uses: this file only feeds the bench.
  return JSON.stringify(await sealBackup(payload, PASSPHRASE, 100_000, new Date(now)))
}

function consultationNo(i: number, eventId: string, deviceId: string): Consultation {
  const hex = i.toString(16).padStart(12, '0')
  const advised: Consultation = {
    id: `00000000-0000-4000-9000-${hex}`,
    deviceId,
    eventId,
    recordedAt: '2026-11-20T09:00:00+07:00',
    people: 1 + (i % 3),
    topics: ['vsi', 'hi'],
    interested: i % 2 === 0,
  }
  if (i % FOLLOW_UP_EVERY !== 0) return advised
  return {
    ...advised,
    person: { fullName: nameOf(i), phone: '0912345678', consent: true },
    followUpOn: '2026-11-25',
  }
}

function registrationNo(i: number, eventId: string, deviceId: string, prefix: string): Registration {
  const hex = i.toString(16).padStart(12, '0')
  return {
    id: `00000000-0000-4000-8000-${hex}`,
    revision: 1,
    deviceId,
    eventId,
    collectedAt: '2026-11-25T09:00:00+07:00',
    participants: [
      {
        fullName: nameOf(i),
        idNumber: idNumberOf(i),
        dateOfBirth: '1990',
        sex: 'male',
        ethnicityCode: '08',
        address: { provinceCode: '15', commune: 'Xã Y Tý' },
        consent: true,
        hi: { months: 12, householdOrder: 1, amountDue: 1_366_200 },
        services: { vssidAssisted: false, cashlessPension: false },
      },
    ],
    payment: {
      method: 'cash',
      amountCollected: 1_366_200,
      receiptNo: `${prefix}-${String(i).padStart(6, '0')}`,
    },
  }
}

const idNumberOf = (i: number) => `0100${String(90_000_000 + i).padStart(8, '0')}`

const families = ['Giàng', 'Lò', 'Vàng', 'Sùng', 'Thào', 'Hầu', 'Lý', 'Nguyễn', 'Hoàng', 'Tẩn']
const middles = ['A', 'Seo', 'Văn', 'Thị', 'Mí', 'Chứ']
const givens = ['Páo', 'Sử', 'Mai', 'Dín', 'Mẩy', 'Sính', 'Hùng', 'Lan', 'Chứ', 'Tủa', 'Xuân', 'Nam']

/** A name of letters only (the schema refuses digits), different enough for 20,000 rows. */
function nameOf(i: number): string {
  const pick = (list: string[], n: number) => list[n % list.length] ?? ''
  return `${pick(families, i)} ${pick(middles, Math.floor(i / 10))} ${pick(givens, Math.floor(i / 60))}`
}
