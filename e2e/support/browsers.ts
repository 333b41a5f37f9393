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
