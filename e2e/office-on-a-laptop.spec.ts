// The office at a desk: a supervisor's laptop at 1280×800 uses the width (menu at the side, ten or more
// registrations above the fold), a rejection takes a second deliberate tap, and axe-core finds nothing on
// any screen — the office's at 1280 px and the collector's at 360 px.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { signIn } from './support/app.ts'
import { apiAs } from './support/api.ts'
import { launchLaptop, launchPhone, newProfileDir } from './support/browsers.ts'
import { pushHiRegistrations } from './support/push-registrations.ts'

/** The rule ids axe reports on the page as it stands, with where, so a failure says what to fix. */
async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))
}

async function go(page: Page, path: string, heading: string | RegExp): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to)
    dispatchEvent(new PopStateEvent('popstate'))
  }, path)
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible()
}

test('a supervisor’s laptop uses the width, confirms a rejection, and every screen passes axe', async () => {
  const events = await (await apiAs('staff1')).get<{ id: string }[]>('/api/events')
  const eventId = events[0]?.id
  if (!eventId) throw new Error('the demo seed has an event')
  const pushed = await pushHiRegistrations('staff1', eventId, 12, '2026-11-25')

  const laptop = await launchLaptop()
  const { page } = laptop
  try {
    await signIn(page, 'super1')
    expect(await axeViolations(page), 'home').toEqual([])

    // The menu is a column at the side, not a bar at the bottom.
    const menu = page.getByRole('navigation', { name: 'Menu' })
    const box = await menu.boundingBox()
    expect(box && box.x === 0 && box.height > box.width).toBe(true)

    await menu.getByRole('link', { name: 'Duyệt', exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Duyệt hồ sơ', level: 1 })).toBeVisible()
    const rows = page.getByTestId('review-row')
    // The twelve pushed here, and whatever other specs left pending on this server: at least twelve rows.
    await expect(rows.nth(11)).toBeAttached()
    const aboveTheFold = await rows.evaluateAll(
      (all) => all.filter((row) => row.getBoundingClientRect().bottom <= window.innerHeight).length,
    )
    expect(aboveTheFold).toBeGreaterThanOrEqual(10)
    expect(await axeViolations(page), 'review list').toEqual([])

    // A rejection is final: the first tap only asks.
    const target = pushed[0]!
    await go(page, `/review/${target.id}`, /Hồ sơ — Chờ duyệt/)
    await expect(page.getByText(target.participants[0]!.fullName).first()).toBeVisible()
    expect(await axeViolations(page), 'review detail').toEqual([])
    await page.getByLabel('Nhận xét').fill('Người này đã có thẻ BHYT do nơi làm việc đóng')
    await page.getByRole('button', { name: 'Từ chối', exact: true }).click()
    const confirm = page.getByRole('alertdialog')
    await expect(confirm).toContainText('Từ chối là quyết định cuối')
    await confirm.getByRole('button', { name: 'Không, quay lại' }).click()
    await expect(confirm).toBeHidden()
    const supervisor = await apiAs('super1')
    const still = await supervisor.get<{ review: { status: string } }>(`/api/registrations/${target.id}`)
    expect(still.review.status).toBe('pending')
    await page.getByRole('button', { name: 'Từ chối', exact: true }).click()
    await page.getByRole('alertdialog').getByRole('button', { name: 'Xác nhận từ chối' }).click()
    await expect
      .poll(
        async () =>
          (await supervisor.get<{ review: { status: string } }>(`/api/registrations/${target.id}`)).review
            .status,
      )
      .toBe('rejected')

    await go(page, '/dashboard', 'Báo cáo chiến dịch')
    expect(await axeViolations(page), 'dashboard').toEqual([])
    await go(page, '/admin', 'Quản lý')
    expect(await axeViolations(page), 'admin: events').toEqual([])
    for (const tab of ['Tài khoản', 'Thiết bị']) {
      await page.getByRole('tab', { name: tab, exact: true }).click()
      await expect(page.getByRole('heading', { name: tab, level: 2 })).toBeVisible()
      expect(await axeViolations(page), `admin: ${tab}`).toEqual([])
    }
    await go(page, '/cash/review', /tiền/i)
    expect(await axeViolations(page), 'cash review').toEqual([])
    await go(page, '/settings', 'Cài đặt')
    expect(await axeViolations(page), 'settings').toEqual([])
  } finally {
    await laptop.close()
  }
})

test('the admin’s audit log, receipt issuer and facility list pass axe; a facility list is imported', async () => {
  const laptop = await launchLaptop()
  const { page } = laptop
  try {
    await signIn(page, 'admin')
    await go(page, '/admin', 'Quản lý')
    for (const tab of ['Nhật ký', 'Biên lai', 'Danh sách BHXH']) {
      await page.getByRole('tab', { name: tab, exact: true }).click()
      await expect(page.getByRole('tabpanel').getByRole('heading', { level: 2 }).first()).toBeVisible()
      expect(await axeViolations(page), `admin: ${tab}`).toEqual([])
    }
    // The office imports its list of initial health facilities; a bad line imports nothing and is named.
    await page.getByRole('tab', { name: 'Nơi KCB ban đầu', exact: true }).click()
    await expect(page.getByTestId('facilities-table')).toContainText('Trạm Y tế xã Bát Xát (dữ liệu mẫu)')
    expect(await axeViolations(page), 'admin: facilities').toEqual([])
    const file = page.getByLabel('Tệp danh sách (.xlsx hoặc .csv)')
    await file.setInputFiles({
      name: 'kcb-sai.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Mã tỉnh;Mã KCB;Tên cơ sở;Địa chỉ\n15;15014;Trạm Y tế xã Mường Hum;\n14;1;Sai;\n'),
    })
    await page.getByRole('button', { name: 'Nhập danh sách' }).click()
    await expect(page.getByRole('alert')).toContainText('Dòng 3: mã tỉnh "14" không phải 15')
    await expect(page.getByTestId('facilities-table')).toContainText('Trạm Y tế xã Bát Xát (dữ liệu mẫu)')
    await file.setInputFiles({
      name: 'kcb.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Mã tỉnh;Mã KCB;Tên cơ sở;Địa chỉ\n15;15014;Trạm Y tế xã Mường Hum;Xã Mường Hum\n'),
    })
    await page.getByRole('button', { name: 'Nhập danh sách' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Đã nhập' })).toContainText(
      'Đã nhập 1 cơ sở (thay 3 cơ sở cũ)',
    )
    await expect(page.getByTestId('facilities-table')).toContainText('Trạm Y tế xã Mường Hum')
    await expect(page.getByTestId('facilities-table')).not.toContainText('Trạm Y tế xã Bát Xát')

    // The audit speaks the office's language: labels, not codes.
    await page.getByRole('tab', { name: 'Nhật ký', exact: true }).click()
    await expect(page.getByTestId('audit-table')).toContainText('Đăng nhập')
    await expect(page.getByTestId('audit-table')).not.toContainText('session.create')
  } finally {
    await laptop.close()
  }
})

test('the collector’s screens pass axe at 360 px', async () => {
  const { context, page } = await launchPhone(newProfileDir())
  try {
    await signIn(page, 'staff1')
    expect(await axeViolations(page), 'home').toEqual([])
    await page.getByRole('link', { name: 'Ghi danh người mới' }).click()
    await expect(page.getByLabel('Họ và tên')).toBeVisible()
    expect(await axeViolations(page), 'enrol').toEqual([])
    for (const [path, heading] of [
      ['/queue', /Đã ghi|Hồ sơ/],
      ['/cash', /tiền/i],
      ['/settings', 'Cài đặt'],
      ['/advise', 'Ghi tư vấn'],
    ] as const) {
      await go(page, path, heading)
      expect(await axeViolations(page), path).toEqual([])
    }
  } finally {
    await context.close()
  }
})

test('a supervisor’s report on a 360 px phone fits its tables and passes axe', async () => {
  const { context, page } = await launchPhone(newProfileDir())
  try {
    await signIn(page, 'super1')
    await go(page, '/dashboard', 'Báo cáo chiến dịch')
    await expect(page.getByTestId('tally-by-event')).toBeVisible()
    expect(await axeViolations(page), 'report').toEqual([])
    // The page never scrolls sideways: a wide table scrolls inside its own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await page.screenshot({ path: 'test-results/supervisor-report-360x740.png', fullPage: true })
  } finally {
    await context.close()
  }
})
