// The last field typed before leaving the form is kept: the draft is written when the form closes, not only
// 300 ms after typing stops (issue #10, point 3). The collector types the ID number and at once taps another
// screen; coming back, the number is there.
import { expect, test } from '@playwright/test'
import { fillPerson, signIn, waitForEventChosen } from './support/app.ts'
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

// A form opened before midnight on 31 December and saved after it falls under the 2027 floor: the save stops
// and says so, and promises what was typed is still there when the form is reopened. The note typed just
// before Lưu (well inside the autosave delay) must be in it too, and the reopened form takes the new sum.
test('a save stopped by the new year’s rates keeps what was typed just before Lưu', async () => {
  const { context, page } = await launchPhone(newProfileDir())
  await context.clock.install({ time: Date.parse('2026-12-31T23:58:00+07:00') })
  await signIn(page, 'staff1')
  await waitForEventChosen(page)
  await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
  await fillPerson(page, {
    fullName: 'Vàng Thị Dua',
    idNumber: '010190004456',
    birthYear: '1990',
    sex: 'Nữ',
    ethnicityCode: '08',
    commune: 'Xã Bát Xát',
    vsi: { income: '3.000.000', months: '3 tháng', group: 'Dân tộc thiểu số (30%)' },
  })
  await page.getByLabel('Đã thu đủ tiền mặt').check()
  const total = page.getByTestId('total')
  const before = await total.textContent()

  // Past midnight, and the clock held still: the note's autosave cannot fire before Lưu, however slow the
  // machine; only the form can give it back to the draft (written when the form closes).
  await page.clock.pauseAt(Date.parse('2027-01-01T00:00:10+07:00'))
  const note = page.getByLabel('Ghi chú cho giám sát (không bắt buộc)')
  await note.fill('Nộp tiền mặt, hẹn gia hạn quý sau')
  await page.getByRole('button', { name: 'Lưu', exact: true }).click()
  const stopped = page.getByText(
    /Từ ngày 01\/01\/2027 áp dụng mức đóng mới: số tiền phải thu nay là ([\d.]+)/,
  )
  await expect(stopped).toBeVisible()
  const due = /là ([\d.]+)/.exec((await stopped.textContent()) ?? '')?.[1]
  expect(due).toBeDefined()
  await expect(page).toHaveURL(/\/enrol/)

  // Reopened as the message says: the note is there, and the sum shown is the one now due.
  await page.getByRole('link', { name: 'Đã ghi', exact: true }).click()
  await expect(page).toHaveURL(/\/queue/)
  await page.clock.resume()
  await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
  await expect(note).toHaveValue('Nộp tiền mặt, hẹn gia hạn quý sau')
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Vàng Thị Dua')
  await expect(total).toContainText(due!)
  expect(await total.textContent()).not.toBe(before)
  // The cash tick was for the old sum: it is taken back, and asked again for the new one.
  await expect(page.getByLabel('Đã thu đủ tiền mặt')).not.toBeChecked()
  await expect(page.getByTestId('paid-again')).toHaveText(
    'Số tiền phải thu đã đổi. Kiểm tra lại tiền mặt rồi đánh dấu lại.',
  )
  await page.getByLabel('Đã thu đủ tiền mặt').check()
  await expect(page.getByTestId('paid-again')).toBeHidden()
  await page.getByRole('button', { name: 'Lưu', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Biên lai thu tiền' })).toBeVisible()
  await expect(page.getByText(due!).first()).toBeVisible()
  await context.close()
})
