import { expect, type Page } from '@playwright/test'

export const DEMO_PASSWORD = 'ghidanh-demo'

/** The contract's measurement hook: the first screen is interactive. */
export async function waitReady(page: Page): Promise<void> {
  await expect(page.locator('#root[data-ready]')).toBeAttached()
}

export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/')
  await waitReady(page)
  await page.getByLabel('Tên đăng nhập').fill(username)
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByText('Ghi danh người mới')).toBeVisible()
}

/** Signing in also fetches the events and picks the only one; enrolling needs it. */
export async function waitForEventChosen(page: Page): Promise<void> {
  await expect(page.getByRole('link', { name: 'Ghi danh người mới' })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  )
}

/** Waits until the service worker controls the page, so the next start works with no network. */
export async function waitForOfflineShell(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload()
    await waitReady(page)
  }
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
}

export interface Person {
  fullName: string
  idNumber: string
  birthYear: string
  sex: 'Nam' | 'Nữ'
  ethnicityCode: string
  commune: string
  village?: string
  vsi?: { income?: string; months: string; group: string }
  hi?: { months: string; order: string }
  vssid?: boolean
}

/** Fills the enrol form for one person, from the top, as a staff member would. */
export async function fillPerson(page: Page, p: Person): Promise<void> {
  await page.getByLabel('Họ và tên').fill(p.fullName)
  await page.getByLabel('Số định danh cá nhân').fill(p.idNumber)
  await page.getByLabel('Năm sinh', { exact: true }).fill(p.birthYear)
  await page.getByRole('radio', { name: p.sex, exact: true }).check()
  await page.getByLabel('Dân tộc').selectOption(p.ethnicityCode)
  await page.getByLabel('Xã/phường').fill(p.commune)
  if (p.village) await page.getByLabel('Thôn/bản/tổ').fill(p.village)
  if (p.vsi) {
    await page.getByLabel('BHXH tự nguyện').check()
    if (p.vsi.income) await page.getByLabel('Mức thu nhập tháng (đồng)').fill(p.vsi.income)
    await page
      .getByRole('group', { name: 'Đóng BHXH mấy tháng' })
      .getByRole('radio', { name: p.vsi.months, exact: true })
      .check()
    await page.getByLabel('Nhóm hỗ trợ').selectOption({ label: p.vsi.group })
  }
  if (p.hi) {
    await page.getByLabel('BHYT hộ gia đình').check()
    await page
      .getByRole('group', { name: 'Đóng BHYT mấy tháng' })
      .getByRole('radio', { name: p.hi.months, exact: true })
      .check()
    await page.getByLabel('Thứ tự trong hộ').fill(p.hi.order)
  }
  if (p.vssid) await page.getByLabel('Hỗ trợ cài đặt VssID').check()
  await page.getByLabel('Người tham gia đồng ý cho thu thập thông tin').check()
}

export function queueItem(page: Page, fullName: string) {
  return page.getByTestId('queue-item').filter({ hasText: fullName })
}
