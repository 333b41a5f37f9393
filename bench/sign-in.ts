import type { Page } from '@playwright/test'

export async function signInAs(page: Page, username: string): Promise<void> {
  await page.goto('/')
  await page.locator('#root[data-ready]').waitFor({ state: 'attached' })
  await page.getByLabel('Tên đăng nhập').fill(username)
  await page.getByLabel('Mật khẩu').fill(process.env.DEMO_PASSWORD ?? 'ghidanh-demo')
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  // Signing in also fetches the events and picks the only one; enrolling needs it.
  await page.locator('a[aria-disabled="false"]', { hasText: 'Ghi danh người mới' }).waitFor()
}
