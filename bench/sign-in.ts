import type { Page } from '@playwright/test'

export const BENCH_PIN = '482915'

/** Signs in and sets the PIN (a fresh browser context: first sign-in on this "phone"). */
export async function signInAs(page: Page, username: string): Promise<void> {
  await page.goto('/')
  await page.locator('#root[data-ready]').waitFor({ state: 'attached' })
  await page.getByLabel('Tên đăng nhập').fill(username)
  await page.getByLabel('Mật khẩu').fill(process.env.DEMO_PASSWORD ?? 'ghidanh-demo')
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.getByRole('heading', { name: 'Đặt mã PIN' }).waitFor()
  await tapPin(page, BENCH_PIN)
  await page.getByTestId('pin-step').filter({ hasText: 'Nhập lại mã PIN' }).waitFor()
  await tapPin(page, BENCH_PIN)
  // Signing in also fetches the events and picks the only one; enrolling needs it.
  await page.locator('a[aria-disabled="false"]', { hasText: 'Ghi danh người mới' }).waitFor()
}

/** Every start shows the lock screen: the PIN opens it. */
export async function unlockWithPin(page: Page, pin = BENCH_PIN): Promise<void> {
  await page.getByRole('heading', { name: 'Ứng dụng đang khoá' }).waitFor()
  await tapPin(page, pin)
}

async function tapPin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click()
}
