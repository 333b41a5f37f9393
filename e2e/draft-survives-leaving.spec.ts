// The last field typed before leaving the form is kept: the draft is written when the form closes, not only
// 300 ms after typing stops (issue #10, point 3). The collector types the ID number and at once taps another
// screen; coming back, the number is there.
import { expect, test } from '@playwright/test'
import { signIn, waitForEventChosen } from './support/app.ts'
import { launchPhone, newProfileDir } from './support/browsers.ts'

test('an ID number typed just before leaving the form is still there on return', async () => {
  const { context, page } = await launchPhone(newProfileDir())
  await signIn(page, 'staff1')
  await waitForEventChosen(page)
  await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
  await page.getByLabel('Họ và tên').fill('Lò Thị Mai')
  const id = page.getByLabel('Số định danh cá nhân')
  // fill() and the tap follow each other within a few milliseconds: well inside the 300 ms autosave delay.
  await id.fill('010190004455')
  await page.getByRole('link', { name: 'Đã ghi', exact: true }).click()
  await expect(page).toHaveURL(/\/queue/)
  await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
  await expect(page.getByLabel('Số định danh cá nhân')).toHaveValue('010190004455')
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Lò Thị Mai')
  await context.close()
})
