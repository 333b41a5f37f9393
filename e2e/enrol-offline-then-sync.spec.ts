// The spine, as a staff member and a supervisor live it: sign in once, lose the network, enrol across a
// reload and a browser restart (each one locks the app: the PIN opens it), sync when the network returns, get a registration returned, correct it,
// and see it approved. At the end the server holds exactly what was entered, once each.
import { expect, test, type Page } from '@playwright/test'
import {
  DEFAULT_PIN,
  fillPerson,
  queueItem,
  signIn,
  tapPin,
  waitForOfflineShell,
  waitUnlocked,
  type Person,
} from './support/app.ts'
import {
  launchLaptop,
  launchPhone,
  newProfileDir,
  reportOffline,
  startOnTestDay,
} from './support/browsers.ts'
import { apiAs } from './support/api.ts'

// Fresh ID numbers per run: a rerun against the same database must not meet its own earlier records as
// duplicates (which the server rightly flags).
const runDigits = String(Date.now() % 100_000).padStart(5, '0')

const mai: Person = {
  fullName: 'Giàng Thị Mai',
  idNumber: `0103010${runDigits}`,
  birthYear: '2001',
  sex: 'Nữ',
  ethnicityCode: '08',
  commune: 'Xã Bát Xát',
  vsi: { months: '3 tháng', group: 'Dân tộc thiểu số (30%)' },
}
const pao: Person = {
  fullName: 'Lù Văn Páo',
  idNumber: `0100850${runDigits}`,
  birthYear: '1985',
  sex: 'Nam',
  ethnicityCode: '08',
  commune: 'Xã Bát Xát',
  village: 'Thôn Pờ Hồ',
  hi: { months: '12 tháng', order: '1' },
  vssid: true,
}

async function enrol(page: Page, person: Person, expectedTotal: string): Promise<string> {
  await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
  await fillPerson(page, person)
  await expect(page.getByRole('region', { name: 'Tổng tiền phải thu' })).toContainText(expectedTotal)
  await page.getByLabel('Đã thu đủ tiền mặt').check()
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expect(page.getByRole('heading', { name: 'Biên lai thu tiền' })).toBeVisible()
  const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? ''
  expect(receiptNo).toMatch(/^[A-Z0-9]+-\d{6}$/)
  await expect(page.getByText(person.fullName).first()).toBeVisible()
  await expect(page.getByText(expectedTotal).first()).toBeVisible()
  return receiptNo
}

test('enrol offline, sync on reconnect, return, correct, approve', async () => {
  const profile = newProfileDir()
  let phone = await launchPhone(profile)
  await startOnTestDay(phone.context)
  let page = phone.page

  // 1. Sign in once while online; the app shell is then cached by the service worker.
  await signIn(page, 'staff1')
  await expect(page.getByText('Ghi danh người mới')).toBeVisible()
  await waitForOfflineShell(page)

  // From here the phone has no network: reload, then a browser restart on the same profile.
  await phone.context.setOffline(true)
  await page.reload()
  await waitUnlocked(page)
  await expect(page.getByText('Ghi danh người mới')).toBeVisible()
  await phone.context.close()
  phone = await launchPhone(profile)
  await startOnTestDay(phone.context)
  page = phone.page
  await phone.context.setOffline(true)
  await page.goto('/')
  const online = await reportOffline(page)
  await waitUnlocked(page)
  await expect(page.getByText('Mất mạng')).toBeVisible()
  // English works offline too (its catalog is a precached chunk), and back.
  await page.getByRole('link', { name: 'Cài đặt' }).click()
  await page.getByLabel('Ngôn ngữ').selectOption('en')
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible()
  // The lock screen's English is its own chunk too, loaded with the switch.
  await page.getByRole('button', { name: 'Lock now' }).click()
  await expect(page.getByRole('heading', { name: 'The app is locked' })).toBeVisible()
  await tapPin(page, DEFAULT_PIN)
  await expect(page.getByRole('heading', { name: 'The app is locked' })).toBeHidden()
  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByLabel('Language').selectOption('vi')
  await expect(page.getByRole('heading', { name: 'Cài đặt' })).toBeVisible()

  // 2. Bad input is caught at the field and nothing typed is lost: a draft survives a reload.
  await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
  await page.getByLabel('Họ và tên').fill(mai.fullName)
  await page.getByLabel('Số định danh cá nhân').fill('01030101234')
  await page.getByLabel('Năm sinh').fill('2999')
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expect(page.getByText('Số định danh cá nhân phải gồm đúng 12 chữ số')).toBeVisible()
  await expect(page.getByText(/Ngày sinh không thể sau (hôm nay|ngày thu)/)).toBeVisible()
  await page.waitForTimeout(600) // the draft is saved on a short debounce
  await page.reload()
  await waitUnlocked(page)
  await expect(page.getByLabel('Họ và tên')).toHaveValue(mai.fullName)
  page.once('dialog', (d) => void d.accept())
  await page.getByRole('button', { name: 'Xoá và nhập lại' }).click()
  await expect(page.getByLabel('Họ và tên')).toHaveValue('')

  // A birth date typed in one go, as it is said: the boxes move on by themselves, the separators vanish.
  await page.getByLabel('Ngày sinh', { exact: true }).click()
  await page.keyboard.type('7/3/1990')
  await expect(page.getByLabel('Ngày sinh', { exact: true })).toHaveValue('7')
  await expect(page.getByLabel('Tháng sinh', { exact: true })).toHaveValue('3')
  await expect(page.getByLabel('Năm sinh', { exact: true })).toHaveValue('1990')
  await page.getByLabel('Năm sinh', { exact: true }).fill('')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('Backspace')
  await expect(page.getByLabel('Tháng sinh', { exact: true })).toHaveValue('')
  await page.getByLabel('Ngày sinh', { exact: true }).fill('21111985')
  await expect(page.getByLabel('Tháng sinh', { exact: true })).toHaveValue('11')
  await expect(page.getByLabel('Năm sinh', { exact: true })).toHaveValue('1985')
  page.once('dialog', (d) => void d.accept())
  await page.getByRole('button', { name: 'Xoá và nhập lại' }).click()

  const maiReceipt = await enrol(page, mai, '693.000')
  const paoReceipt = await enrol(page, pao, '1.366.200')
  expect(maiReceipt).not.toBe(paoReceipt)

  // 3. The queue lists both as waiting, with a badge.
  await page.getByRole('link', { name: 'Đã ghi' }).click()
  await expect(queueItem(page, mai.fullName)).toContainText('Chờ gửi')
  await expect(queueItem(page, pao.fullName)).toContainText('Chờ gửi')
  await expect(page.getByTestId('waiting-badge')).toHaveText('2')

  // 4. The network returns: the app pushes by itself.
  await online()
  await phone.context.setOffline(false)
  await expect(queueItem(page, mai.fullName)).toContainText('Đã gửi', { timeout: 30_000 })
  await expect(queueItem(page, pao.fullName)).toContainText('Đã gửi')
  await expect(page.getByTestId('waiting-badge')).toHaveText('0')

  // 5. A supervisor on a laptop returns one and approves the other.
  const laptop = await launchLaptop()
  const sup = laptop.page
  await signIn(sup, 'super1')
  await sup.goto('/review')
  await waitUnlocked(sup) // a page load locks the app
  await sup.getByRole('link', { name: mai.fullName }).click()
  await sup.getByLabel('Nhận xét').fill('Thiếu thôn/bản, bổ sung giúp')
  await sup.getByRole('button', { name: 'Trả lại' }).click()
  await expect(sup.getByText('Đã trả lại hồ sơ cho người thu.')).toBeVisible()
  await sup.goto('/review')
  await waitUnlocked(sup) // a page load locks the app
  await sup.getByRole('link', { name: pao.fullName }).click()
  await sup.getByRole('button', { name: 'Duyệt', exact: true }).click()
  await expect(sup.getByText('Đã duyệt hồ sơ.')).toBeVisible()

  // 6. The phone pulls the decisions; the returned one is corrected and pushed as revision 2.
  await page.getByRole('button', { name: 'Đồng bộ ngay' }).click()
  await expect(queueItem(page, mai.fullName)).toContainText('Thiếu thôn/bản, bổ sung giúp')
  await expect(queueItem(page, pao.fullName)).toContainText('Đã duyệt')
  await queueItem(page, mai.fullName).getByRole('link', { name: 'Sửa hồ sơ' }).click()
  await expect(page.getByText('Thiếu thôn/bản, bổ sung giúp')).toBeVisible()
  await page.getByLabel('Thôn/bản/tổ').fill('Thôn Tả Suối Câu')
  await page.getByLabel('Đã thu đủ tiền mặt').check()
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expect(page.getByTestId('receipt-no')).toHaveText(maiReceipt)
  await page.getByRole('link', { name: 'Đã ghi' }).click()
  await page.getByRole('button', { name: 'Đồng bộ ngay' }).click()
  await expect(queueItem(page, mai.fullName)).toContainText('Đã gửi')

  await sup.goto('/review')
  await waitUnlocked(sup) // a page load locks the app
  await sup.getByRole('link', { name: mai.fullName }).click()
  await expect(sup.getByText('Thôn Tả Suối Câu').first()).toBeVisible() // also marked in the revision diff
  await sup.getByRole('button', { name: 'Duyệt', exact: true }).click()
  await expect(sup.getByText('Đã duyệt hồ sơ.')).toBeVisible()
  await laptop.close()

  await page.getByRole('button', { name: 'Đồng bộ ngay' }).click()
  await expect(queueItem(page, mai.fullName)).toContainText('Đã duyệt')

  // The server holds exactly the two registrations entered, once each, the corrected one at revision 2.
  const admin = await apiAs('admin')
  const list = await admin.get<{
    items: { id: string; revision: number; registration: { payment: { receiptNo: string } | null } }[]
  }>('/api/registrations?status=approved&limit=200')
  // Only this phone's receipts: a rerun against the same database keeps the earlier runs' records.
  const prefix = maiReceipt.split('-')[0]
  const mine = list.items.filter((i) => i.registration.payment?.receiptNo.startsWith(`${prefix}-`))
  expect(mine.map((i) => i.registration.payment?.receiptNo).sort()).toEqual([maiReceipt, paoReceipt].sort())
  expect(mine.map((i) => i.revision).sort()).toEqual([1, 2])
  await phone.context.close()
})
