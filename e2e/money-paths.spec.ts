// Issue #9 §4, items 1–4, as a collector lives them on a 360×740 phone: a reset that forgets the last person,
// an invalid income that makes the total unknown, the same ID number enrolled twice on one phone (warned,
// saved only with a reason the supervisor reads), and a receipt refunded and voided after the supervisor
// rejected the registration — which reaches the server, so the hand-over no longer expects that cash.
import { expect, test, type Page } from '@playwright/test'
import {
  DEMO_PASSWORD,
  answerPension,
  holdSaveLock,
  queueItem,
  setPin,
  signIn,
  tapPin,
  waitReady,
  waitUnlocked,
} from './support/app.ts'
import { apiAs } from './support/api.ts'
import { launchLaptop, launchPhone, newProfileDir, startOnTestDay } from './support/browsers.ts'

const SHOTS = 'test-results/money-paths'
const income = (page: Page) => page.getByLabel('Mức thu nhập tháng (đồng)')

async function fillPerson(page: Page, fullName: string, idNumber: string): Promise<void> {
  await page.getByLabel('Họ và tên').fill(fullName)
  await page.getByLabel('Số định danh cá nhân').fill(idNumber)
  await page.getByLabel('Năm sinh', { exact: true }).fill('1988')
  await page.getByRole('radio', { name: 'Nam', exact: true }).check()
  await page.getByLabel('Dân tộc').selectOption('08')
  await page.getByLabel('Xã/phường').pressSequentially('y ty')
  await page
    .getByRole('button', { name: /^Xã Y Tý/ })
    .first()
    .click()
  await page.getByLabel('BHXH tự nguyện').check()
  await answerPension(page, 'Không')
  await page
    .getByRole('group', { name: 'Đóng BHXH mấy tháng' })
    .getByRole('radio', { name: '3 tháng', exact: true })
    .check()
  await page.getByLabel('Người tham gia đồng ý cho thu thập thông tin').check()
}

/** Drafts in the phone's IndexedDB (sealed; only counted). */
function draftCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('ghidanh')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const count = open.result.transaction('drafts').objectStore('drafts').count()
          count.onsuccess = () => {
            open.result.close()
            resolve(count.result)
          }
        }
      }),
  )
}

async function sync(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Đã ghi' }).click()
  await page.getByRole('button', { name: 'Đồng bộ ngay' }).click()
  await expect(page.getByRole('button', { name: 'Đồng bộ ngay' })).toBeEnabled({ timeout: 30_000 })
}

test('money paths: reset, invalid income, same ID twice, void after rejection', async () => {
  const phone = await launchPhone(newProfileDir())
  await startOnTestDay(phone.context)
  const page = phone.page
  // Item 7: an obvious PIN is refused at the first entry; then a good one is set (signIn unlocks with it).
  await page.goto('/')
  await waitReady(page)
  await page.getByLabel('Tên đăng nhập').fill('staff3')
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await expect(page.getByTestId('pin-step')).toHaveText('Chọn mã PIN 6 số')
  for (const weak of ['123456', '111111']) {
    await tapPin(page, weak)
    await expect(page.getByTestId('pin-weak')).toContainText('Mã PIN này quá dễ đoán')
    await expect(page.getByTestId('pin-weak')).toBeInViewport()
    await expect(page.getByTestId('pin-step')).toHaveText('Chọn mã PIN 6 số')
  }
  await page.screenshot({ path: `${SHOTS}/weak-pin.png` })
  await setPin(page)
  await expect(page.getByText('Ghi danh người mới')).toBeVisible()
  await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()

  // Item 7: the ID box keeps 12 digits.
  await page.getByLabel('Số định danh cá nhân').pressSequentially('0100881234019')
  await expect(page.getByLabel('Số định danh cá nhân')).toHaveValue('010088123401')

  // Item 3: "Xoá và nhập lại" forgets the previous person's VSI income and products.
  await page.getByLabel('BHXH tự nguyện').check()
  await income(page).fill('3.000.000')
  page.once('dialog', (d) => void d.accept())
  await page.getByRole('button', { name: 'Xoá và nhập lại' }).click()
  await expect(page.getByLabel('Số định danh cá nhân')).toHaveValue('')
  await expect(page.getByLabel('BHXH tự nguyện')).not.toBeChecked()
  await page.getByLabel('BHXH tự nguyện').check()
  await expect(income(page)).toHaveValue('1.500.000')
  // Item 7: a blank form is no draft: the home screen does not say one is in progress.
  await page.getByLabel('BHXH tự nguyện').uncheck()
  // The debounced autosave of a blank form removes the draft instead of keeping it.
  await expect.poll(() => draftCount(page)).toBe(0)
  await page.goto('/')
  await waitUnlocked(page)
  await expect(page.getByText('Ghi danh người mới')).toBeVisible()
  await expect(page.getByText('Có một hồ sơ đang nhập dở')).toBeHidden()
  await page.getByRole('link', { name: 'Ghi danh người mới' }).click()
  await page.getByLabel('BHXH tự nguyện').check()

  // Item 4: − never goes below the floor; an off-step income makes the total unknown and Save disabled.
  await page.getByRole('button', { name: 'Giảm 50.000' }).click()
  await expect(income(page)).toHaveValue('1.500.000')
  await page.getByLabel('BHXH tự nguyện').uncheck()
  await fillPerson(page, 'Lò Văn Sáng', '010088123401')
  await income(page).fill('1.520.000')
  await income(page).blur()
  const total = page.getByTestId('total')
  await expect(total).toHaveText('Chưa tính được')
  await expect(page.getByTestId('total-invalid')).toBeVisible()
  await expect(page.getByText('Không phải thu tiền')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Lưu' })).toBeDisabled()
  await page.getByTestId('total-invalid').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/invalid-income.png` })
  await income(page).fill('1.500.000')
  await expect(total).toHaveText('693.000 ₫')
  // Item 7: a number whose prefix no carrier uses is flagged (domain.md §4.3), before the save.
  await page.getByLabel('Số điện thoại (không bắt buộc)').fill('0123456789')
  await page.getByLabel('Số điện thoại (không bắt buộc)').blur()
  await expect(
    page.getByText('Đầu số điện thoại không có trong danh sách nhà mạng; kiểm tra lại số điện thoại'),
  ).toBeVisible()
  await page.getByLabel('Số điện thoại (không bắt buộc)').fill('')
  await page.getByLabel('Đã thu đủ tiền mặt').check()
  // A save held up (another tab saving on this phone takes the same lock): Lưu says so and stays disabled.
  // Tapped twice in a hurry: one save, one receipt number (the second below is the next one).
  const releaseSave = await holdSaveLock(page)
  await page.getByRole('button', { name: 'Lưu' }).dblclick()
  await expect(page.getByRole('button', { name: 'Đang lưu…' })).toBeDisabled()
  await expect(page.getByRole('button', { name: 'Đang lưu…' })).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: 'Đang lưu…' })).toBeAttached()
  await releaseSave()
  await expect(page.getByRole('heading', { name: 'Biên lai thu tiền' })).toBeVisible()
  const firstId = new URL(page.url()).pathname.split('/').pop() ?? ''
  const firstNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? ''

  // Item 2: the same ID number again on this phone: warned at the ID field with a link, before any cash.
  await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
  await fillPerson(page, 'Lò Văn Sáng', '010088123401')
  await page.getByLabel('Số điện thoại (không bắt buộc)').fill('0123456789')
  const warning = page.getByTestId('repeat-warning')
  await expect(warning).toContainText(`biên lai ${firstNo}`)
  await expect(warning.getByRole('link', { name: 'Xem hồ sơ trước' })).toHaveAttribute(
    'href',
    `/receipt/${firstId}`,
  )
  await warning.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/same-id-warning.png` })
  await page.getByLabel('Đã thu đủ tiền mặt').check()
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expect(page.getByText('Nhập lý do ghi danh lại (ít nhất 5 ký tự)')).toBeVisible()
  await page
    .getByLabel('Lý do vẫn ghi danh lại (giám sát sẽ đọc)')
    .fill('Đóng thêm cho mẹ, nhầm tên ở lần trước')
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expect(page.getByRole('heading', { name: 'Biên lai thu tiền' })).toBeVisible()
  const secondId = new URL(page.url()).pathname.split('/').pop() ?? ''
  // The number after the first: the double tap above took one.
  const [prefix, seq] = firstNo.split('-')
  await expect(page.getByTestId('receipt-no')).toHaveText(
    `${prefix}-${String(Number(seq) + 1).padStart(seq?.length ?? 6, '0')}`,
  )

  await sync(page)
  await expect(queueItem(page, 'Lò Văn Sáng')).toHaveCount(2)
  await expect(queueItem(page, 'Lò Văn Sáng').first()).toContainText('Đã gửi', { timeout: 30_000 })
  const admin = await apiAs('admin')
  const second = await admin.get<{ registration: { note?: string } }>(`/api/registrations/${secondId}`)
  expect(second.registration.note).toContain(
    `Người thứ 1: đã ghi danh trên máy này (biên lai ${firstNo}) — Đóng thêm cho mẹ, nhầm tên ở lần trước`,
  )

  // Item 1: the supervisor rejects the first; the phone says to refund and void, the cash shows it owed back.
  await admin.post(`/api/registrations/${firstId}/review`, {
    revision: 1,
    decision: 'reject',
    comment: 'Trùng người, đã thu ở biên lai sau',
  })
  await sync(page)
  const rejected = page.getByTestId('queue-item').filter({ hasText: firstNo })
  await expect(rejected).toContainText('Từ chối: Trùng người', { timeout: 30_000 })
  await expect(rejected.getByTestId('refund-due')).toHaveText(
    'Trả lại 693.000 ₫ cho người nộp rồi huỷ biên lai',
  )
  await page.screenshot({ path: `${SHOTS}/queue-refund.png` })
  await page.getByRole('link', { name: 'Tổng kết tiền mặt' }).click()
  await expect(page.getByTestId('cash-owed-back')).toContainText('1 biên lai bị từ chối (693.000 ₫)')
  await expect(page.getByTestId('cash-handover')).toHaveText('1.386.000 ₫')
  await page.getByTestId('cash-owed-back').scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${SHOTS}/cash-owed-back.png` })

  await page
    .getByTestId('cash-owed-back')
    .getByRole('link', { name: new RegExp(firstNo) })
    .click()
  await expect(page.getByTestId('refund-due')).toContainText('Trả lại 693.000 ₫ cho người nộp')
  await page.getByRole('button', { name: 'Huỷ biên lai' }).click()
  await page.getByLabel('Lý do huỷ').fill('Đã trả lại tiền')
  await page.getByRole('button', { name: 'Xác nhận huỷ' }).click()
  await expect(page.getByTestId('void-stamp')).toHaveText('Đã huỷ')

  await sync(page)
  await expect(rejected).toContainText('Từ chối', { timeout: 30_000 })
  await expect(rejected).not.toContainText('Xung đột')
  await expect(rejected.getByTestId('refund-due')).toHaveCount(0)
  // Item 7: the last sync in dd/mm/yyyy HH:mm, whatever the browser's locale.
  await page.getByRole('link', { name: 'Tổng kết tiền mặt' }).click()
  await page.getByRole('link', { name: 'Đã ghi' }).click()
  await expect(page.getByText(/^Lần đồng bộ cuối: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)).toBeVisible()
  const first = await admin.get<{
    revision: number
    review: { status: string }
    registration: { void?: unknown }
  }>(`/api/registrations/${firstId}`)
  expect(first).toMatchObject({ revision: 2, review: { status: 'rejected' } })
  expect(first.registration.void).toBeDefined()

  // The phone and the server now agree: only the second receipt's cash is handed over.
  await page.getByRole('link', { name: 'Tổng kết tiền mặt' }).click()
  await expect(page.getByTestId('cash-owed-back')).toHaveCount(0)
  await expect(page.getByTestId('cash-handover')).toHaveText('693.000 ₫')
  // Item 6: the amount starts empty and is grouped as it is typed.
  const declared = page.getByLabel('Số tiền thực tế bàn giao (đồng)')
  await expect(declared).toHaveValue('')
  await declared.pressSequentially('693000')
  await expect(declared).toHaveValue('693.000')
  await page.screenshot({ path: `${SHOTS}/cash-handover.png` })
  await page.getByRole('button', { name: 'Gửi bàn giao' }).click()
  await expect(page.getByTestId('handover-result')).toContainText('Máy chủ đã nhận 693.000 ₫')
  await expect(page.getByTestId('handover-result')).not.toContainText('Chênh lệch')
  await phone.context.close()

  // The supervisor's detail of the second: the repeat reason in the note, the phone prefix flagged.
  const laptop = await launchLaptop()
  const sup = laptop.page
  await sup.setViewportSize({ width: 360, height: 740 })
  await signIn(sup, 'admin')
  await sup.goto(`/review/${secondId}`)
  await waitUnlocked(sup)
  await expect(sup.getByText('Đóng thêm cho mẹ, nhầm tên ở lần trước', { exact: false })).toBeVisible()
  await expect(sup.getByTestId('rule-warnings')).toContainText(
    'Đầu số điện thoại không có trong danh sách nhà mạng',
  )
  await sup.getByTestId('rule-warnings').scrollIntoViewIfNeeded()
  await sup.screenshot({ path: `${SHOTS}/review-detail.png` })
  await laptop.close()
})
