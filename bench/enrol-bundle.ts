// Gzipped JS that a signed-in staff member's phone downloads to show the enrol screen, measured in a real
// browser with the service worker blocked so every script comes over the network.
import { gzipSync } from 'node:zlib'
import { launchChromium, phoneContext } from './browser.ts'
import { signInAs, unlockWithPin } from './sign-in.ts'

// 160 KB until the early PIN pad (src/app/early-lock.ts, 1.1 KB) took the lock screen from 3.7× to 1.0×
// the floor page at a cold start: the one kilobyte this budget grew by, on purpose. One kilobyte more for
// the cash tables (src/app/db/cash-lines.ts, 0.9 KB): every registration write on the phone, the enrol
// screen's Save included, writes its clear cash line and its event's totals in the same transaction, so the
// cash screen of an event of 20,000 receipts reads one row instead of every sealed record.
export const ENROL_JS_BUDGET_BYTES = 162 * 1024

/** Prints the figure; returns true when over budget. */
export async function measureEnrolBundle(baseURL: string): Promise<boolean> {
  const browser = await launchChromium()
  try {
    const context = await browser.newContext({ ...phoneContext(baseURL), serviceWorkers: 'block' })
    const page = await context.newPage()
    await signInAs(page, 'staff1')
    const scripts = new Map<string, number>()
    page.on('response', async (res) => {
      if (res.request().resourceType() !== 'script') return
      const body = await res.body().catch(() => Buffer.alloc(0))
      scripts.set(new URL(res.url()).pathname, gzipSync(body, { level: 9 }).length)
    })
    await page.goto('/enrol')
    // A fresh start locks: the lock screen is part of what the phone downloads to reach the form.
    await unlockWithPin(page)
    await page.getByLabel('Họ và tên').waitFor()
    await page.waitForLoadState('networkidle')
    const sum = () => [...scripts.values()].reduce((a, b) => a + b, 0)
    const total = sum()
    console.log('\nEnrol screen JavaScript (gzip -9), signed in, cold cache, until interactive and idle:')
    for (const [path, size] of [...scripts].sort((a, b) => b[1] - a[1])) {
      console.log(`  ${kb(size)} KB  ${path}`)
    }
    console.log(`  ${kb(total)} KB  total (budget ${ENROL_JS_BUDGET_BYTES / 1024} KB)`)
    // Not hidden from the figures: the checks arrive when the first field is touched.
    const before = new Set(scripts.keys())
    await page.getByLabel('Họ và tên').focus()
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(300)
    const later = [...scripts].filter(([path]) => !before.has(path))
    for (const [path, size] of later) console.log(`  ${kb(size)} KB  ${path} (at the first touch of a field)`)
    console.log(`  ${kb(sum())} KB  total once a field is touched`)
    if (total > ENROL_JS_BUDGET_BYTES) {
      console.error(`BUDGET EXCEEDED: the enrol screen loads ${(total / 1024).toFixed(1)} KB of gzipped JS`)
      return true
    }
    return false
  } finally {
    await browser.close()
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7)
