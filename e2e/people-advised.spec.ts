// People advised: at a job-fair booth the collector records 12 people advised in a few taps, offline, and
// one young woman who will join VSI later leaves her name and phone with a day to call back. The follow-up
// comes back on the home screen, turns into an enrolment pre-filled with her name; back online the server
// has both consultations once and the tallies count 13 people advised apart from new participants.
import { expect, test } from '@playwright/test'
import { signIn, waitForEventChosen, waitForOfflineShell } from './support/app.ts'
import { apiAs } from './support/api.ts'
import { launchLaptop, launchPhone, newProfileDir, startOnTestDay } from './support/browsers.ts'

interface TallyAnswer {
  advised: number
  vsiNew: number
  byEvent: Record<string, { advised: number }>
}

test('a booth of 12 and one follow-up, offline, counted as people advised', async () => {
  const admin = await apiAs('admin')
  const before = await admin.get<TallyAnswer>('/api/reports/tally')
  const { context, page } = await launchPhone(newProfileDir())
  await startOnTestDay(context)
  await signIn(page, 'staff1')
  await waitForEventChosen(page)
  await waitForOfflineShell(page)
  await context.setOffline(true)

  // 1. The booth: 12 people, two topics, interested. The counter goes by taps, never below 1.
  await page.getByRole('link', { name: 'Ghi tư vấn' }).click()
  const count = page.getByLabel('Số người được tư vấn')
  await expect(count).toHaveValue('1')
  await page.getByRole('button', { name: 'Bớt một người' }).click()
  await expect(count).toHaveValue('1')
  for (let i = 0; i < 11; i++) await page.getByRole('button', { name: 'Thêm một người' }).click()
  await expect(count).toHaveValue('12')
  // Nothing chosen yet: the form says what is missing and saves nothing.
  await page.getByRole('button', { name: 'Lưu lượt tư vấn' }).click()
  await expect(page.getByText('Chọn ít nhất một nội dung tư vấn')).toBeVisible()
  await page.getByLabel('BHXH tự nguyện').check()
  await page.getByLabel('BHYT hộ gia đình').check()
  await page.getByRole('radio', { name: 'Có', exact: true }).check()
  await page.screenshot({ path: 'test-results/advise-booth-360x740.png', fullPage: true })
  await page.getByRole('button', { name: 'Lưu lượt tư vấn' }).click()
  await expect(page.getByTestId('advise-saved')).toHaveText('Đã ghi 12 người được tư vấn. Có thể ghi tiếp.')
  await expect(count).toHaveValue('1')

  // 2. One person who will join later: her name and phone only with her consent, and a day to call back.
  await page.getByRole('radio', { name: 'Chưa', exact: true }).check()
  await page.getByLabel('Ghi tên một người để hẹn lại').check()
  await page.getByLabel('Họ và tên').fill('Lường Thị Mai')
  await page.getByLabel('Số điện thoại', { exact: true }).fill('0912 345 678')
  await page.getByLabel('Ngày hẹn lại').fill('2026-11-25')
  await page.getByLabel('Ghi chú (không bắt buộc)').fill('Chờ bán xong lứa ngô')
  await page.getByRole('button', { name: 'Lưu lượt tư vấn' }).click()
  await expect(page.getByText('Cần người được tư vấn đồng ý lưu tên và số điện thoại')).toBeVisible()
  await page.getByLabel(/Người này đồng ý/).check()
  await page.getByRole('button', { name: 'Lưu lượt tư vấn' }).click()
  await expect(page.getByTestId('advise-saved')).toHaveText('Đã ghi 1 người được tư vấn. Có thể ghi tiếp.')

  // 3. Home: the follow-up is due today; "Ghi danh" opens the form with her name and phone.
  await page.getByRole('link', { name: 'Về trang chính' }).click()
  const followUp = page.getByTestId('follow-up')
  await expect(followUp).toHaveCount(1)
  await expect(followUp).toContainText('Lường Thị Mai')
  await expect(followUp).toContainText('BHXH tự nguyện')
  await expect(followUp.getByRole('link', { name: 'Gọi 0912345678' })).toHaveAttribute(
    'href',
    'tel:0912345678',
  )
  await page.screenshot({ path: 'test-results/advise-follow-up-home-360x740.png', fullPage: true })
  await followUp.getByRole('button', { name: 'Ghi danh' }).click()
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Lường Thị Mai')
  await expect(page.getByLabel('Số điện thoại')).toHaveValue('0912345678')
  await expect(page.getByLabel('BHXH tự nguyện', { exact: true })).toBeChecked()
  await expect(page.getByLabel('Ghi chú cho giám sát (không bắt buộc)')).toHaveValue(
    'Hẹn lại từ buổi tư vấn ngày 25/11/2026',
  )
  await page.goBack()
  await expect(page.getByTestId('follow-up')).toHaveCount(0)

  // 4. Back online: both consultations reach the server once; the tallies count 13 advised, no new VSI.
  await context.setOffline(false)
  await expect
    .poll(async () => (await admin.get<TallyAnswer>('/api/reports/tally')).advised, { timeout: 30_000 })
    .toBe(before.advised + 13)
  const after = await admin.get<TallyAnswer>('/api/reports/tally')
  expect(after.vsiNew).toBe(before.vsiNew)
  const supervisor = await apiAs('super1')
  const due = await supervisor.get<{ followUps: { fullName: string; phone: string }[] }>(
    '/api/consultations/follow-ups?dueBy=2026-11-25',
  )
  expect(due.followUps.filter((f) => f.fullName === 'Lường Thị Mai')).toEqual([
    expect.objectContaining({ phone: '0912345678' }),
  ])
  await context.close()

  // 5. The office sees the people advised on its dashboard and whom to call back.
  const laptop = await launchLaptop()
  try {
    await signIn(laptop.page, 'super1')
    await laptop.page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Báo cáo' }).click()
    await expect(laptop.page.getByTestId('figure-advised')).toBeVisible()
    const list = laptop.page.getByTestId('follow-up-list')
    await expect(list.getByRole('row', { name: /Lường Thị Mai/ })).toContainText('0912345678')
    await laptop.page.screenshot({ path: 'test-results/advise-office-1280.png', fullPage: true })
  } finally {
    await laptop.close()
  }
})
