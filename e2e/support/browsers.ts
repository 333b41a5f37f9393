import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromiumArgs, E2E_PORT } from '../../playwright.config.ts'

export const baseURL = `http://localhost:${E2E_PORT}`
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const phone = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  locale: 'vi-VN',
  timezoneId: 'Asia/Ho_Chi_Minh',
  baseURL,
}

/**
 * The day the phones' clocks start on in specs whose figures come from dated rule rows (a floor, a base
 * salary): 09:00 in Vietnam on 25 November 2026, running forward from there at real speed. Without it, those
 * figures would change under the specs the day a new rule row takes effect (the 2027 floor is already a row).
 * Every launch in one run continues the same fake timeline, so a browser restart never goes back in time.
 */
export const TEST_DAY = Date.parse('2026-11-25T09:00:00+07:00')
const runStartedAt = Date.now()

export async function startOnTestDay(context: BrowserContext): Promise<void> {
  await context.clock.install({ time: TEST_DAY + (Date.now() - runStartedAt) })
}

/**
 * Makes `page` report no network as well as have none. `context.setOffline(true)` blocks every request, but on
 * Debian's Chromium 150 a page that navigates after it into a new renderer (a browser restarted on its
 * profile, opening the app) still reports `navigator.onLine` true, as no phone without signal would. This
 * tells that page's renderer directly (it gets its `offline` event); the function returned takes it back,
 * before the context's network returns.
 */
export async function reportOffline(page: Page): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page)
  const emulate = (offline: boolean) =>
    cdp.send('Network.emulateNetworkConditions', {
      offline,
      latency: 0,
      downloadThroughput: -1,
      uploadThroughput: -1,
    })
  await emulate(true)
  return async () => {
    await emulate(false)
    await cdp.detach()
  }
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'ghidanh-profile-'))
}

/** A phone's browser with a profile on disk, so a restart keeps IndexedDB and the service worker. */
export async function launchPhone(profileDir: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profileDir, {
    ...phone,
    executablePath,
    args: chromiumArgs,
  })
  const page = context.pages()[0] ?? (await context.newPage())
  return { context, page }
}

export async function launchLaptop(): Promise<{
  context: BrowserContext
  page: Page
  close: () => Promise<void>
}> {
  const browser = await chromium.launch({ executablePath, args: chromiumArgs })
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    baseURL,
  })
  const page = await context.newPage()
  return { context, page, close: () => browser.close() }
}
