// Issue #13 item 2: a receipt that stands as a receipt. The admin sets the collecting unit, its tax code and
// the receipt form code and series on the management screen; the collector's phone takes them at sign-in
// and prints them on the receipt. A sitting with only a service (VssID help) gets a confirmation slip that
// names the service, not a 0-đồng "BIÊN LAI THU TIỀN".
import { expect, test } from '@playwright/test'
import { signIn, waitUnlocked, fillCommune } from './support/app.ts'
import { launchLaptop, launchPhone, newProfileDir } from './support/browsers.ts'

test('the office sets the issuer; receipts print it; a services-only sitting is a confirmation slip', async () => {
  const laptop = await launchLaptop()
  try {
    const office = laptop.page
    await signIn(office, 'admin')
    await office.goto('/admin')
    await waitUnlocked(office)
    await office.getByRole('tab', { name: 'Biên lai' }).click()
    const form = office.getByRole('form', { name: 'Đơn vị thu trên biên lai' })
    await form.getByLabel('Tên đơn vị thu').fill('Bảo hiểm xã hội tỉnh Lào Cai')
    await form.getByLabel('Địa chỉ').fill('Đường Hoàng Liên, phường Cốc Lếu, Lào Cai')
    await form.getByLabel('Mã số thuế').fill('53001122')
    await form.getByLabel('Mẫu số biên lai').fill('C45-BB')
    await form.getByLabel('Ký hiệu').fill('LC/2026')
    await form.getByRole('button', { name: 'Lưu' }).click()
    await expect(office.getByRole('alert')).toContainText('Mã số thuế gồm 10 chữ số')
    await form.getByLabel('Mã số thuế').fill('5300112233')
    await form.getByRole('button', { name: 'Lưu' }).click()
    await expect(office.getByRole('status').filter({ hasText: 'Đã lưu.' })).toBeVisible()
  } finally {
    await laptop.close()
  }

  const phone = await launchPhone(newProfileDir())
  try {
    const page = phone.page
    await signIn(page, 'staff2')
    await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
    const main = page.locator('main')
    await main.getByLabel('Họ và tên').fill('Sần Thị Mai')
    await main.getByLabel('Số định danh cá nhân').fill('010188774420')
    await main.getByLabel('Năm sinh', { exact: true }).fill('1988')
    await main.getByRole('radio', { name: 'Nữ', exact: true }).check()
    await main.getByLabel('Dân tộc').selectOption('08')
    await fillCommune(main, 'Xã Y Tý')
    // Leave the field so the commune suggestions close and cannot cover the boxes below.
    await main.getByLabel('Xã/phường').blur()
    await expect(page.locator('.commune-option')).toHaveCount(0)
    await main.getByLabel('Hỗ trợ cài đặt VssID').check()
    await main.getByLabel('Người tham gia đồng ý cho thu thập thông tin').check()
    await page.getByRole('button', { name: 'Lưu' }).click()

    const slip = page.getByTestId('receipt')
    await expect(page.getByRole('heading', { name: 'Giấy xác nhận hỗ trợ dịch vụ' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Biên lai thu tiền' })).toBeHidden()
    await expect(page.getByTestId('receipt-issuer')).toContainText('Bảo hiểm xã hội tỉnh Lào Cai')
    await expect(page.getByTestId('receipt-issuer')).toContainText('Mã số thuế: 5300112233')
    await expect(slip).toContainText('Hỗ trợ cài đặt và đăng nhập ứng dụng VssID')
    await expect(page.getByTestId('receipt-total')).toBeHidden()
    await expect(page.getByTestId('receipt-no')).toBeHidden()
    await expect(slip).toContainText('Người được hỗ trợ')
    await expect(slip).not.toContainText('0 đồng')
    await page.screenshot({ path: 'test-results/services-slip-360x740.png', fullPage: true })
  } finally {
    await phone.context.close()
  }
})
