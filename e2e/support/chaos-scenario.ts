// The chaos run shared by e2e/sync-under-chaos.spec.ts (small N, in CI) and bench/chaos.ts (large N):
// staff1 on a phone enrols N registrations through the UI while the link and the server misbehave, then
// sync settles with the faults off and we compare what the device handed out with what the server holds.
import { chromium, expect, type BrowserContext, type Page } from '@playwright/test'
import { chromiumArgs } from '../../playwright.config.ts'
import {
  fillPerson,
  showWholeQueue,
  signIn,
  waitForEventChosen,
  waitForOfflineShell,
  waitUnlocked,
  type Person,
} from './app.ts'
import { newProfileDir, phone } from './browsers.ts'
import { pushFaults, startChaosProxy, type ChaosProxy, type PushTally } from './chaos-proxy.ts'
import { startServerProcess, type ServerProcess } from './server-process.ts'

export interface ChaosOptions {
  /** Registrations to enrol; at least one per round (5). */
  n: number
  /** Wraps each phase (the spec passes test.step so failures name the round). */
  step?: <T>(title: string, body: () => Promise<T>) => Promise<T>
  log?: (line: string) => void
  /** Negative control: hide navigator.locks from the app, so the two-tab check can be seen to fail. */
  withoutWebLocks?: boolean
}

export interface ChaosResult {
  registrations: number
  /** Faults injected, by kind: the proxy's and the scenario's own (kill, reload, two tabs, clock). */
  faults: Record<string, number>
  pushes: Readonly<PushTally>
  /** Enrolled (receipt shown on the phone) but not on the server. */
  lost: number
  /** Server rows beyond one per receipt number. */
  duplicated: number
  /** 5xx answers the server itself gave (the proxy's injected ones are not counted). */
  serverErrors: number
  /** Most push requests in flight at once while two tabs synced together. */
  twoTabsMaxConcurrentPushes: number
  /** Receipts shown on the receipt screen at enrolment, in order. */
  enrolled: { id: string; receiptNo: string }[]
  device: { ids: string[]; receipts: string[]; rowStates: string[]; badge: string }
  server: { ids: string[]; receipts: string[]; revisions: number[]; collectedAt: Record<string, string> }
  /** Ids enrolled under a changed clock, with how the clock was set. */
  clockShifted: { id: string; kind: 'ahead3h' | 'acrossMidnight'; realAt: number }[]
  serverStarts: number
  serverAlive: boolean
  timingsMs: Record<string, number>
}

const rounds = ['pushFaults', 'serverKill', 'reloadMidSync', 'twoTabs', 'clock'] as const
type Round = (typeof rounds)[number]
const HOUR = 3_600_000
const VN_OFFSET = 7 * HOUR

/** How many registrations each round enrols: every round at least one, the clock round two when it can. */
export function splitRounds(n: number): Record<Round, number> {
  if (n < rounds.length) throw new Error(`CHAOS_N must be at least ${rounds.length}`)
  const base = Math.floor(n / rounds.length)
  let rest = n - base * rounds.length
  const out = Object.fromEntries(rounds.map((r) => [r, base])) as Record<Round, number>
  for (const r of [...rounds].reverse()) {
    if (rest === 0) break
    out[r]++
    rest--
  }
  return out
}

const families = ['Giàng', 'Lù', 'Sùng', 'Vàng', 'Thào', 'Hầu', 'Mùa', 'Lò', 'Cứ', 'Hờ']
const middles = ['Thị', 'Văn', 'Seo', 'Mí', 'Chá', 'Xuân']
const givens = ['Mai', 'Páo', 'Dế', 'Sính', 'Chứ', 'Lử', 'Pằng']
const extras = ['', 'Hoa', 'Lan', 'Cúc', 'Đào', 'Sen', 'Huệ', 'Nhài', 'Mận', 'Lê']

/** The i-th person: unique name and valid 12-digit ID number, products and support groups mixed. */
export function chaosPerson(i: number): Person {
  const female = i % 2 === 0
  const birthYear = 1960 + ((i * 7) % 40)
  const extra = extras[Math.floor(i / 60) % extras.length] ?? ''
  const fullName = [families[i % 10], middles[Math.floor(i / 10) % 6], givens[i % 7], extra]
    .filter(Boolean)
    .join(' ')
  // 010 = born in Lào Cai; then century and sex (0 male / 1 female, 1900s), two digits of the year, a serial.
  const idNumber = `010${female ? 1 : 0}${String(birthYear % 100).padStart(2, '0')}${String(123_400 + i).slice(-6)}`
  const minority = i % 4 !== 3
  const person: Person = {
    fullName,
    idNumber,
    birthYear: String(birthYear),
    sex: female ? 'Nữ' : 'Nam',
    ethnicityCode: minority ? '08' : '01',
    commune: 'Xã Bát Xát',
    ...(i % 5 === 0 ? { village: 'Thôn Pờ Hồ' } : {}),
    ...(i % 6 === 1 ? { vssid: true } : {}),
  }
  const kind = i % 3 // 0: VSI, 1: HI, 2: both
  if (kind !== 1) {
    const groups = minority
      ? ['Dân tộc thiểu số (30%)', 'Hộ nghèo, xã đảo (50%)']
      : ['Khác (20%)', 'Hộ cận nghèo (40%)']
    person.vsi = { months: `${[1, 3, 6, 12][i % 4]} tháng`, group: groups[i % 2] ?? 'Khác (20%)' }
  }
  if (kind !== 0) person.hi = { months: `${[3, 6, 12][i % 3]} tháng`, order: String((i % 4) + 1) }
  return person
}

/** Enrols one person through the form; returns the id and the receipt number the phone showed. */
export async function enrolThroughUi(
  page: Page,
  person: Person,
  beforeSave?: () => Promise<void>,
): Promise<{ id: string; receiptNo: string }> {
  await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
  await fillPerson(page, person)
  await expect(page.getByRole('region', { name: 'Tổng tiền phải thu' })).toContainText(/\d/)
  await page.getByLabel('Đã thu đủ tiền mặt').check()
  await beforeSave?.()
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expect(page.getByRole('heading', { name: 'Biên lai thu tiền' })).toBeVisible()
  const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? ''
  expect(receiptNo).toMatch(/^[A-Z0-9]+-\d{6}$/)
  const id = new URL(page.url()).pathname.split('/').pop() ?? ''
  expect(id).toMatch(/^[0-9a-f-]{36}$/)
  return { id, receiptNo }
}

async function openQueue(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Đã ghi' }).click()
  await expect(page.getByRole('heading', { name: 'Hồ sơ đã ghi' })).toBeVisible()
}

/** Presses "Đồng bộ ngay" if this tab is not already syncing (a disabled button would make click wait). */
async function pressSyncNow(page: Page): Promise<void> {
  const button = page.getByRole('button', { name: 'Đồng bộ ngay' })
  if (await button.isEnabled({ timeout: 1_000 }).catch(() => false)) await button.click({ timeout: 2_000 })
}

/**
 * Faults off; keeps pressing "Đồng bộ ngay" (backoff may have pushed the next automatic try minutes away)
 * until the device's outbox is empty and no push is in flight.
 */
async function settle(page: Page, proxy: ChaosProxy, timeout: number): Promise<void> {
  proxy.setMode('pass')
  await openQueue(page)
  await expect(async () => {
    if (proxy.inFlightPushes === 0) await pressSyncNow(page)
    await expect(page.getByTestId('waiting-badge')).toHaveText('0', { timeout: 2_000 })
    expect(proxy.inFlightPushes).toBe(0)
  }).toPass({ timeout, intervals: [250, 500, 1_000] })
}

/** Where the device clock is set to jump across midnight: a moment before the next Vietnam midnight. */
export function justBeforeVietnamMidnight(now: number, leadMs: number): number {
  const vn = now + VN_OFFSET
  const nextMidnightVn = Math.floor(vn / (24 * HOUR)) * 24 * HOUR + 24 * HOUR
  return nextMidnightVn - VN_OFFSET - leadMs
}

export async function runChaos(options: ChaosOptions): Promise<ChaosResult> {
  const step = options.step ?? (<T>(_t: string, body: () => Promise<T>) => body())
  const log = options.log ?? (() => {})
  const perRound = splitRounds(options.n)
  const timingsMs: Record<string, number> = {}
  const phaseLimitMs = 120_000 + options.n * 5_000
  const timed = async <T>(name: string, body: () => Promise<T>): Promise<T> => {
    const t0 = Date.now()
    log(`chaos: ${name}…`)
    // No phase may hang the bench for ever (page.evaluate has no timeout of its own).
    let timer: ReturnType<typeof setTimeout> | undefined
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`chaos: ${name} took over ${phaseLimitMs} ms`)), phaseLimitMs)
    })
    try {
      return await Promise.race([step(name, body), limit])
    } finally {
      clearTimeout(timer)
      timingsMs[name] = Date.now() - t0
      log(`chaos: ${name} ${timingsMs[name]} ms`)
    }
  }
  const extra = { serverKill: 0, reloadMidSync: 0, twoTabSync: 0, clockChange: 0 }
  const enrolled: { id: string; receiptNo: string }[] = []
  const clockShifted: ChaosResult['clockShifted'] = []
  let twoTabsMax = 0
  let next = 0
  const settleMs = 60_000 + options.n * 1_000

  const server: ServerProcess = await startServerProcess()
  const proxy = await startChaosProxy({ port: server.port })
  let context: BrowserContext | undefined
  try {
    context = await chromium.launchPersistentContext(newProfileDir(), {
      ...phone,
      baseURL: proxy.url,
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    })
    const ctx = context
    if (options.withoutWebLocks) {
      // A string, not a function: tsx (the bench) would wrap a function in helpers the page lacks.
      await ctx.addInitScript({
        content: `Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true })`,
      })
    }
    const page = ctx.pages()[0] ?? (await ctx.newPage())
    const enrol = async (beforeSave?: () => Promise<void>) => {
      const done = await enrolThroughUi(page, chaosPerson(next++), beforeSave)
      enrolled.push(done)
      return done
    }

    await timed('sign in through the proxy', async () => {
      await signIn(page, 'staff1') // sets the PIN on this fresh profile
      await waitForEventChosen(page)
      await waitForOfflineShell(page)
      await waitUnlocked(page) // in case the service worker needed a reload
    })

    await timed('dropped answer after commit, 500, 503, cut mid-body, never answered', async () => {
      // Every push fails until all of these were injected, so the outbox cannot empty before they are. The
      // black hole (never answered) ends only when the app gives up on the request (sync-request-timeout.ts).
      proxy.queueFaults([...pushFaults, 'blackhole'])
      for (let j = 0; j < perRound.pushFaults; j++) {
        await enrol()
        // With a large N, keep breaking pushes while the collector goes on enrolling.
        const fault = pushFaults[j % pushFaults.length]
        if (j >= pushFaults.length && fault && proxy.pendingFaults === 0) proxy.queueFaults([fault])
      }
      await openQueue(page)
      await expect(async () => {
        if (proxy.inFlightPushes === 0) await pressSyncNow(page)
        expect(proxy.pendingFaults).toBe(0)
      }).toPass({ timeout: 90_000, intervals: [500, 1_000] })
      expect(server.alive).toBe(true) // a half body must not take the server down
      await settle(page, proxy, settleMs)
    })

    await timed('server SIGKILLed mid-push under slow 3G, then restarted (twice)', async () => {
      await ctx.setOffline(true)
      for (let j = 0; j < perRound.serverKill; j++) await enrol()
      await openQueue(page)
      proxy.setMode('slow3g')
      // 1. The whole request is in the server's hands: it dies while it parses, checks and commits.
      const killedMidRequest = proxy.nextPush('forwarded').then(() => server.kill())
      await ctx.setOffline(false)
      await killedMidRequest
      extra.serverKill++
      expect(server.alive).toBe(false)
      // 2. After the restart the server commits and answers, then dies while the answer crawls back to the
      // phone. The phone then forgets those outbox entries: what was acknowledged must survive the kill.
      const killedAfterAnswer = proxy.nextPush('answered').then(() => server.kill())
      await page.waitForTimeout(800) // the phone tries against a dead server at least once, usually
      await server.start()
      await expect(async () => {
        if (proxy.inFlightPushes === 0) await pressSyncNow(page)
        expect(server.alive).toBe(false)
      }).toPass({ timeout: settleMs, intervals: [500, 1_000] })
      await killedAfterAnswer
      extra.serverKill++
      await server.start()
      await settle(page, proxy, settleMs)
    })

    await timed('page reloaded mid-sync', async () => {
      await ctx.setOffline(true)
      for (let j = 0; j < perRound.reloadMidSync; j++) await enrol()
      await openQueue(page)
      proxy.setMode('slow3g')
      const reloaded = proxy.nextPush('received').then(() => page.reload())
      await ctx.setOffline(false)
      await reloaded
      extra.reloadMidSync++
      // A reload locks the app; the engine waits for the PIN, then pushes what the lost answer left.
      await waitUnlocked(page)
      await settle(page, proxy, settleMs)
    })

    await timed('two tabs of one profile sync at once', async () => {
      await ctx.setOffline(true)
      for (let j = 0; j < perRound.twoTabs; j++) await enrol()
      await openQueue(page)
      const other = await ctx.newPage()
      await other.goto('/queue')
      await waitUnlocked(other)
      await expect(other.getByTestId('waiting-badge')).toHaveText(String(perRound.twoTabs))
      proxy.setMode('slow3g')
      proxy.resetMaxConcurrentPushes()
      const pushesBefore = proxy.pushes.requests
      // Both tabs hear `online` and press the button: without the lock both would push the same outbox.
      await ctx.setOffline(false)
      const button = (p: Page) => p.getByRole('button', { name: 'Đồng bộ ngay' })
      await Promise.all([button(page).click(), button(other).click()])
      extra.twoTabSync++
      await expect(other.getByTestId('waiting-badge')).toHaveText('0', { timeout: settleMs })
      await expect(page.getByTestId('waiting-badge')).toHaveText('0')
      expect(proxy.pushes.requests).toBeGreaterThan(pushesBefore)
      twoTabsMax = proxy.maxConcurrentPushes
      await other.close()
      await settle(page, proxy, settleMs)
    })

    await timed('device clock changed: 3 hours ahead, across midnight', async () => {
      for (let j = 0; j < perRound.clock; j++) {
        const realAt = Date.now()
        if (j % 2 === 0) {
          await page.clock.setSystemTime(realAt + 3 * HOUR)
          extra.clockChange++
          const { id } = await enrol()
          clockShifted.push({ id, kind: 'ahead3h', realAt })
        } else {
          // The form opens before midnight and is saved after it.
          const pageNow = await page.evaluate(() => Date.now())
          await page.clock.setSystemTime(justBeforeVietnamMidnight(pageNow, 1_500))
          extra.clockChange++
          const { id } = await enrol(async () => {
            await expect
              .poll(() => page.evaluate(() => new Date().getUTCHours()), { timeout: 10_000 })
              .toBe(17) // 00:xx in Vietnam
          })
          clockShifted.push({ id, kind: 'acrossMidnight', realAt })
        }
      }
      await settle(page, proxy, settleMs)
    })

    return await timed('settle with the faults off and compare', async () => {
      await settle(page, proxy, settleMs)
      await page.reload()
      await waitUnlocked(page)
      await openQueue(page)
      const rows = page.getByTestId('queue-item')
      await showWholeQueue(page, enrolled.length)
      const rowStates = await rows.locator('.chip').allTextContents()
      const receipts = (await rows.locator('.mono').allTextContents()).map((s) => s.trim())
      const ids = (
        await rows
          .locator('a[href^="/receipt/"]')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
      ).map((h) => h.replace('/receipt/', ''))
      const badge = (await page.getByTestId('waiting-badge').textContent())?.trim() ?? ''

      const held = await serverRegistrations(server.url, 'staff1')
      const serverReceipts = held.map((r) => r.registration.payment?.receiptNo ?? '')
      const serverReceiptSet = new Set(serverReceipts)
      return {
        registrations: enrolled.length,
        faults: {
          dropResponseAfterCommit: proxy.faults.dropResponseAfterCommit,
          status500: proxy.faults.status500,
          status503: proxy.faults.status503,
          cutRequestMidBody: proxy.faults.cutRequestMidBody,
          blackhole: proxy.faults.blackhole,
          slow3g: proxy.faults.slow3g,
          ...extra,
          upstreamDown: proxy.faults.upstreamDown,
          upstreamReset: proxy.faults.upstreamReset,
        },
        pushes: { ...proxy.pushes },
        lost: enrolled.filter((e) => !serverReceiptSet.has(e.receiptNo)).length,
        duplicated: held.length - serverReceiptSet.size,
        serverErrors: proxy.serverErrors.length,
        twoTabsMaxConcurrentPushes: twoTabsMax,
        enrolled,
        device: { ids, receipts, rowStates, badge },
        server: {
          ids: held.map((r) => r.id),
          receipts: serverReceipts,
          revisions: held.map((r) => r.revision),
          collectedAt: Object.fromEntries(held.map((r) => [r.id, r.registration.collectedAt])),
        },
        clockShifted,
        serverStarts: server.starts,
        serverAlive: server.alive,
        timingsMs,
      }
    })
  } finally {
    await context?.close().catch(() => {})
    await proxy.close()
    await server.stop()
  }
}

interface HeldRegistration {
  id: string
  revision: number
  collector: { username: string }
  registration: { collectedAt: string; payment: { receiptNo: string } | null }
}

/** Every registration the server holds for `username`, as the admin lists them (all pages). */
async function serverRegistrations(serverUrl: string, username: string): Promise<HeldRegistration[]> {
  const session = await fetch(`${serverUrl}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'ghidanh-demo' }),
  })
  if (!session.ok) throw new Error(`admin sign-in: ${session.status}`)
  const { token } = (await session.json()) as { token: string }
  const out: HeldRegistration[] = []
  let cursor: string | undefined
  do {
    const query = `limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
    const res = await fetch(`${serverUrl}/api/registrations?${query}`, {
      headers: { Authorization: `Bearer ${token}` },
    })
    if (!res.ok) throw new Error(`GET /api/registrations: ${res.status}`)
    const page = (await res.json()) as { items: HeldRegistration[]; cursor?: string }
    out.push(...page.items)
    cursor = page.cursor
  } while (cursor)
  return out.filter((r) => r.collector.username === username)
}

/** The one-line summary the issue asks for. */
export function chaosSummary(r: ChaosResult, runs = 1): string {
  return (
    `chaos: runs=${runs} registrations=${r.registrations} faults=${JSON.stringify(r.faults)} ` +
    `lost=${r.lost} duplicated=${r.duplicated} 5xx=${r.serverErrors}`
  )
}
