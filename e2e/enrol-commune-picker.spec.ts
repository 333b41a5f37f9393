// Issue #12, "the whole country on the phone": the collector types "van ban" (no accents) in the commune
// field, picks Xã Văn Bàn from the 3,321 communes, and the server receives its code 03082. A commune outside
// the list goes without a code, only with a reason, which reaches the supervisor in the registration's note.
import { expect, test, type Page } from '@playwright/test'
import { queueItem, signIn, waitForEventChosen } from './support/app.ts'
import { apiAs } from './support/api.ts'
import { launchPhone, newProfileDir } from './support/browsers.ts'

interface Item {
  registration: {
    note?: string
    payment: { receiptNo: string } | null
    participants: {
      fullName: string
      address: { provinceCode: string; communeCode?: string; commune: string }
    }[]
  }
}

async function fillIdentity(page: Page, fullName: string, idNumber: string): Promise<void> {
  await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
  await page.getByLabel('Họ và tên').fill(fullName)
  await page.getByLabel('Số định danh cá nhân').fill(idNumber)
  await page.getByLabel('Năm sinh', { exact: true }).fill('1985')
  await page.getByRole('radio', { name: 'Nam', exact: true }).check()
  await page.getByLabel('Dân tộc').selectOption('08')
}

async function finish(page: Page): Promise<string> {
  await page.getByLabel('Thôn/bản/tổ').fill('Thôn Nà Mười')
  await page.getByLabel('BHYT hộ gia đình', { exact: true }).check()
  await page.getByLabel('Người tham gia đồng ý cho thu thập thông tin').check()
  // Saved before the cash box is ticked (by Enter in a field, which taps Lưu): refused at the box, which
  // takes the focus, and counted above Lưu.
  const paid = page.getByLabel('Đã thu đủ tiền mặt')
  await page.getByLabel('Thôn/bản/tổ').press('Enter')
  await expect(page.getByRole('alert')).toHaveText('Còn 1 lỗi cần sửa')
  await expect(paid).toHaveAttribute('aria-invalid', 'true')
  await expect(paid).toBeFocused()
  await page.screenshot({ path: 'test-results/save-refused-at-cash-box-360x740.png' })
  await paid.check()
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expect(page.getByRole('heading', { name: 'Biên lai thu tiền' })).toBeVisible()
  return (await page.getByTestId('receipt-no').textContent())?.trim() ?? ''
}

test('pick a commune typed without accents; the server gets its code', async () => {
  const phone = await launchPhone(newProfileDir())
  const page = phone.page
  await signIn(page, 'staff1')
  await waitForEventChosen(page)

  // 1. "van ban" typed as on a phone keyboard: Xã Văn Bàn of Lào Cai comes first, with its code.
  await fillIdentity(page, 'Hoàng Văn Páo', '010085774411')
  const commune = page.getByLabel('Xã/phường')
  await commune.pressSequentially('van ban')
  const vanBan = page.getByRole('button', { name: /^Xã Văn Bàn\s*Lào Cai · mã 03082$/ })
  await expect(vanBan).toBeVisible()
  await expect(page.locator('.commune-option').first()).toHaveText(/Xã Văn Bàn/)
  await page.screenshot({ path: 'test-results/commune-picker-360x740.png' })
  await vanBan.click()
  // Chosen by the tap itself (the field keeps the focus), not by leaving the field.
  await expect(commune).toBeFocused()
  await expect(commune).toHaveValue('Xã Văn Bàn')
  await expect(page.getByText('Mã xã 03082 · Lào Cai')).toBeVisible()
  const first = await finish(page)

  // 2. Not in the list: refused without a reason, sent with one (no code), the reason in the note.
  await fillIdentity(page, 'Hoàng Văn Sử', '010085774412')
  // The event's commune and the recent choice are offered before anything is typed.
  await commune.focus()
  await expect(page.getByRole('heading', { name: 'Xã/phường của đợt thu' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Chọn gần đây' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Xã Văn Bàn/ })).toBeVisible()
  await commune.pressSequentially('Xã Nậm Mới Lập')
  await expect(page.getByText('Không thấy xã/phường nào có tên này.')).toBeVisible()
  await page.getByRole('button', { name: 'Không có trong danh sách' }).click()
  await page.getByLabel('Thôn/bản/tổ').fill('Thôn Nà Mười')
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expect(
    page.getByText('Chọn xã/phường trong danh sách, hoặc chọn "Không có trong danh sách"'),
  ).toBeVisible()
  await page.getByLabel('Vì sao không có trong danh sách').fill('Bản mới tách, chưa có trong danh sách')
  const second = await finish(page)

  await page.getByRole('link', { name: 'Đã ghi' }).click()
  await page.getByRole('button', { name: 'Đồng bộ ngay' }).click()
  await expect(queueItem(page, 'Hoàng Văn Sử')).toContainText('Đã gửi')
  await expect(queueItem(page, 'Hoàng Văn Páo')).toContainText('Đã gửi')

  const supervisor = await apiAs('super1')
  const { items } = await supervisor.get<{ items: Item[] }>('/api/registrations?status=pending&limit=200')
  const byReceipt = (no: string) => items.find((i) => i.registration.payment?.receiptNo === no)?.registration
  expect(byReceipt(first)?.participants[0]?.address).toEqual({
    provinceCode: '15',
    communeCode: '03082',
    commune: 'Xã Văn Bàn',
    village: 'Thôn Nà Mười',
  })
  const outside = byReceipt(second)
  expect(outside?.participants[0]?.address).toEqual({
    provinceCode: '15',
    commune: 'Xã Nậm Mới Lập',
    village: 'Thôn Nà Mười',
  })
  expect(outside?.note).toBe(
    'Người thứ 1: xã/phường "Xã Nậm Mới Lập" không có trong danh sách — Bản mới tách, chưa có trong danh sách',
  )
  await phone.context.close()
})
