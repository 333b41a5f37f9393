// One registration open in two tabs of the same phone, offline: tab A fixes the village and saves; tab B,
// still showing the first revision, sets a phone number and saves. B is stopped and shown both versions;
// the collector keeps B's on top on purpose, and after sync the server holds that revision — nothing was
// overwritten without anyone seeing it. A third save shows the other way out: take the stored version.
import { expect, test, type Page } from '@playwright/test'
import {
  fillCommune,
  holdSaveLock,
  signIn,
  waitForEventChosen,
  waitForOfflineShell,
  waitUnlocked,
} from './support/app.ts'
import { apiAs } from './support/api.ts'
import { launchPhone, newProfileDir, startOnTestDay } from './support/browsers.ts'

async function openForCorrection(page: Page, id: string): Promise<void> {
  await page.goto(`/enrol/${id}`)
  await waitUnlocked(page)
  await expect(page.getByRole('heading', { name: 'Sửa hồ sơ', level: 1 })).toBeVisible()
}

test('two tabs on one registration: the second save shows both versions and never overwrites', async () => {
  const { context, page } = await launchPhone(newProfileDir())
  await startOnTestDay(context)
  try {
    await signIn(page, 'staff1')
    await waitForEventChosen(page)
    await waitForOfflineShell(page)
    await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
    await page.getByLabel('Họ và tên').fill('Sùng Thị Máy')
    await page.getByLabel('Số định danh cá nhân').fill('015193007788')
    await page.getByLabel('Năm sinh', { exact: true }).fill('1993')
    await page.getByRole('radio', { name: 'Nữ', exact: true }).check()
    await page.getByLabel('Dân tộc').selectOption('08')
    await fillCommune(page, 'Xã Bát Xát')
    await page.getByLabel('Thôn/bản/tổ').fill('Thôn 1')
    await page.getByLabel('BHYT hộ gia đình', { exact: true }).check()
    await page.getByLabel('Người tham gia đồng ý cho thu thập thông tin').check()
    await page.getByLabel('Đã thu đủ tiền mặt').check()
    await page.getByRole('button', { name: 'Lưu' }).click()
    await expect(page.getByRole('heading', { name: 'Biên lai thu tiền' })).toBeVisible()
    const id = /\/receipt\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? ''
    const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? ''

    await context.setOffline(true)
    const tabA = page
    const tabB = await context.newPage()
    await openForCorrection(tabA, id)
    await openForCorrection(tabB, id)

    await tabA.getByLabel('Thôn/bản/tổ').fill('Thôn Phìn Ngan')
    await tabA.getByLabel('Đã thu đủ tiền mặt').check()
    await tabA.getByRole('button', { name: 'Lưu' }).click()
    await expect(tabA.getByRole('heading', { name: 'Biên lai thu tiền' })).toBeVisible()

    await tabB.getByLabel('Số điện thoại (không bắt buộc)').fill('0912345678')
    await tabB.getByLabel('Đã thu đủ tiền mặt').check()
    await tabB.getByRole('button', { name: 'Lưu' }).click()
    const panel = tabB.getByRole('alert').filter({ hasText: 'vừa được lưu ở nơi khác' })
    await expect(panel).toContainText('Hồ sơ này vừa được lưu ở nơi khác (bản 2)')
    const village = panel.getByRole('row', { name: /Thôn\/bản\/tổ/ })
    await expect(village).toContainText('Thôn Phìn Ngan')
    await expect(village).toContainText('Thôn 1')
    await expect(panel.getByRole('row', { name: /Số điện thoại/ })).toContainText('0912345678')
    await tabB.screenshot({ path: 'test-results/two-tabs-360x740.png' })
    // While that save waits (the test holds the save lock), Lưu shows it and takes no second tap.
    const releaseSave = await holdSaveLock(tabB)
    await panel.getByRole('button', { name: 'Lưu bản của màn hình này (thành bản 3)' }).click()
    await expect(tabB.getByRole('button', { name: 'Đang lưu…' })).toBeDisabled()
    await releaseSave()
    await expect(tabB.getByRole('heading', { name: 'Biên lai thu tiền' })).toBeVisible()
    await expect(tabB.getByTestId('receipt-no')).toHaveText(receiptNo)

    // The other way out: tab A, still on revision 2, edits; saving shows the panel; it takes the stored one.
    await openForCorrection(tabA, id)
    await openForCorrection(tabB, id)
    await tabB.getByLabel('Thôn/bản/tổ').fill('Thôn Tả Pờ Hồ')
    await tabB.getByLabel('Đã thu đủ tiền mặt').check()
    await tabB.getByRole('button', { name: 'Lưu' }).click()
    await expect(tabB.getByRole('heading', { name: 'Biên lai thu tiền' })).toBeVisible()
    await tabA.getByLabel('Thôn/bản/tổ').fill('Thôn Sàng Ma Sáo')
    await tabA.getByLabel('Đã thu đủ tiền mặt').check()
    await tabA.getByRole('button', { name: 'Lưu' }).click()
    await tabA.getByRole('button', { name: 'Mở bản đã lưu, bỏ phần đang nhập' }).click()
    await expect(tabA.getByLabel('Thôn/bản/tổ')).toHaveValue('Thôn Tả Pờ Hồ')
    await expect(tabA.getByLabel('Số điện thoại (không bắt buộc)')).toHaveValue('0912345678')

    // Back online: the server holds revision 4, the one the collector chose, with the phone number.
    await context.setOffline(false)
    await tabB.getByRole('link', { name: 'Đã ghi', exact: true }).click()
    const supervisor = await apiAs('super1')
    await expect
      .poll(
        async () => {
          const { items } = await supervisor.get<{
            items: {
              revision: number
              registration: { id: string; participants: { phone?: string; address: { village?: string } }[] }
            }[]
          }>('/api/registrations?status=pending&limit=200')
          const item = items.find((i) => i.registration.id === id)
          return (
            item && [
              item.revision,
              item.registration.participants[0]?.phone,
              item.registration.participants[0]?.address.village,
            ]
          )
        },
        { timeout: 60_000 },
      )
      .toEqual([4, '0912345678', 'Thôn Tả Pờ Hồ'])
  } finally {
    await context.close()
  }
})
