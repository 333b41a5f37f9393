// Who is already insured: the office imports the agency's list of 50,000 generated people of Xã Bát Xát,
// a collector's phone downloads its event's commune, goes offline, finds a household by a name typed without
// diacritics, and renews the two members whose cards lapse while the third's stays valid (the ladder
// continues after her: ranks 2 and 3). Back online the server has the registration once, and the tallies
// count the two apart from new participants.
import { expect, test } from '@playwright/test'
import { signIn, waitForEventChosen, waitForOfflineShell } from './support/app.ts'
import { apiAs } from './support/api.ts'
import { launchLaptop, launchPhone, newProfileDir, startOnTestDay } from './support/browsers.ts'

const PEOPLE = 50_000
const FAMILIES = ['Nguyễn', 'Hoàng', 'Lò', 'Giàng', 'Vàng', 'Sùng', 'Lý', 'Tráng']
const GIVEN = ['Thị Mai', 'Văn Páo', 'Thị Dua', 'A Chư', 'Thị Dín', 'Văn Tâm', 'Thị Sử', 'A Pản']

/** The agency's list: 50,000 people in households of four, and the Lường household the collector meets. */
function agencyList(): string {
  const lines = [
    'SoDinhDanh;HoTen;NgaySinh;GioiTinh;MaXa;MaHo;HanTheTu;HanTheDen;MaBenhVien;DongBHXHDenThang',
  ]
  for (let i = 0; i < PEOPLE; i++) {
    const female = i % 2
    const id = `001${female}${String(60 + (i % 40))}${String(i).padStart(6, '0')}`
    const name = `${FAMILIES[i % FAMILIES.length]} ${GIVEN[(i >> 3) % GIVEN.length]}`
    const card = i % 3 === 0 ? '' : `01/01/2026;${i % 3 === 1 ? '31/12/2026' : '30/06/2027'}`
    lines.push(
      `${id};${name};19${60 + (i % 40)};${female ? 'Nữ' : 'Nam'};02683;HH${i >> 2};${card || ';'};15001;`,
    )
  }
  lines.push(
    '010190004455;Lường Thị Mai;07/03/1990;Nữ;02683;HO-LUONG;01/01/2026;31/12/2026;15001;',
    '010085004466;Lường Văn Páo;1985;Nam;02683;HO-LUONG;01/12/2025;30/11/2026;15001;',
    '010150004477;Lường Thị Dín;1950;Nữ;02683;HO-LUONG;01/03/2027;29/02/2028;15001;',
  )
  return `${lines.join('\n')}\n`
}

interface Tally {
  hiNew: number
  hiRenewed: number
}

test('renew a household found on the office’s list, offline, ladder computed from the cards', async () => {
  test.setTimeout(180_000)
  const admin = await apiAs('admin')
  const before = await admin.get<Tally>('/api/reports/tally')

  // 1. The office imports the agency's list through the management screen.
  const laptop = await launchLaptop()
  try {
    await signIn(laptop.page, 'admin')
    await laptop.page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Báo cáo' }).click()
    await laptop.page.getByRole('link', { name: 'Quản lý', exact: true }).click()
    await laptop.page.getByRole('tab', { name: 'Danh sách BHXH', exact: true }).click()
    await laptop.page.getByLabel('Tệp danh sách người tham gia (.xlsx hoặc .csv)').setInputFiles({
      name: 'ds-lao-cai.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(agencyList()),
    })
    await laptop.page.getByRole('button', { name: 'Nhập danh sách' }).click()
    await expect(laptop.page.getByRole('status').filter({ hasText: 'Đã nhập' })).toContainText(
      `Đã nhập ${PEOPLE + 3} người`,
      { timeout: 90_000 },
    )
    await laptop.page.screenshot({ path: 'test-results/insured-import-1280.png' })
  } finally {
    await laptop.close()
  }

  // 2. The collector's phone brings the commune's list with its first sync, then goes offline.
  const { context, page } = await launchPhone(newProfileDir())
  await startOnTestDay(context)
  await signIn(page, 'staff1')
  await waitForEventChosen(page)
  await waitForOfflineShell(page)
  await page.getByRole('link', { name: 'Ghi danh người mới' }).click()
  const search = page.getByRole('searchbox', { name: 'Tìm trong danh sách BHXH' })
  await expect(search).toBeVisible({ timeout: 90_000 })
  await context.setOffline(true)

  // 3. "luong thi mai", as typed on a phone keyboard: the household shows with each card.
  await search.pressSequentially('luong thi mai')
  const match = page.getByTestId('insured-match')
  await expect(match).toHaveCount(1)
  await expect(match).toContainText('Lường Thị Mai')
  await expect(match).toContainText('Lường Văn Páo')
  await expect(match).toContainText('Thẻ BHYT đến 29/02/2028')
  await page.screenshot({ path: 'test-results/insured-search-360x740.png', fullPage: true })

  // 4. "Gia hạn BHYT": Mai and Páo renew, Dín's card stays valid and keeps rank 1.
  await match.getByRole('button', { name: 'Gia hạn BHYT' }).click()
  const first = page.getByRole('region', { name: 'Người thứ 1', exact: true })
  const second = page.getByRole('region', { name: 'Người thứ 2', exact: true })
  await expect(first.getByLabel('Họ và tên')).toHaveValue('Lường Thị Mai')
  await expect(second.getByLabel('Họ và tên')).toHaveValue('Lường Văn Páo')
  await expect(page.getByRole('region', { name: 'Người thứ 3', exact: true })).toHaveCount(0)
  await expect(page.getByLabel('Ghi chú cho giám sát (không bắt buộc)')).toHaveValue(
    /^Gia hạn BHYT hộ gia đình: thẻ mới dự kiến từ 01\/01\/2027 đến 31\/12\/2027; 1 người trong hộ còn thẻ/,
  )
  for (const person of [first, second]) {
    await person.getByLabel('Dân tộc').selectOption('08')
    await person.getByLabel('Người tham gia đồng ý cho thu thập thông tin').check()
  }
  // Ranks 2 and 3 after Dín: 956,340 + 819,720.
  await expect(page.getByText('1.776.060 ₫').first()).toBeVisible()
  await page.getByLabel('Đã thu đủ tiền mặt').check()
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expect(page.getByRole('heading', { name: 'Biên lai thu tiền' })).toBeVisible()

  // 5. No charge twice: someone whose card on the list already covers the quarter being paid is flagged at
  // the ID field before any cash, and saving anyway needs a reason.
  await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
  await page.getByLabel('Số định danh cá nhân').fill('001062000002')
  await page.getByLabel('BHYT hộ gia đình', { exact: true }).check()
  await page
    .getByRole('group', { name: /BHYT mấy tháng|Đóng BHYT/ })
    .getByRole('radio', { name: '3 tháng' })
    .check()
  await expect(page.getByTestId('covered-warning')).toContainText('còn hạn đến 30/06/2027')
  await expect(page.getByLabel('Lý do vẫn ghi danh lại (giám sát sẽ đọc)')).toBeVisible()
  // Someone on the list without a card: said at the ID field, as after scanning their ID card.
  await page.getByLabel('Số định danh cá nhân').fill('001163000003')
  await expect(page.getByTestId('on-list')).toContainText('Có trong danh sách BHXH')
  await expect(page.getByTestId('on-list')).toContainText('chưa có thẻ BHYT hộ gia đình')
  await expect(page.getByTestId('covered-warning')).toHaveCount(0)
  page.once('dialog', (d) => void d.accept())
  await page.getByRole('button', { name: 'Xoá và nhập lại' }).click()

  // 6. Back online: the registration reaches the server once, counted as two renewals, no new HI.
  await context.setOffline(false)
  const supervisor = await apiAs('super1')
  const pendingRenewal = async () =>
    (
      await supervisor.post<{ items: { id: string; revision: number }[] }>('/api/registrations/search', {
        q: 'Lường Thị Mai',
        status: 'pending',
      })
    ).items
  await expect.poll(async () => (await pendingRenewal()).length, { timeout: 30_000 }).toBe(1)
  // Pending review, nothing counts yet; approved, the two count as renewals.
  expect((await admin.get<Tally>('/api/reports/tally')).hiRenewed).toBe(before.hiRenewed)
  const [item] = await pendingRenewal()
  if (!item) throw new Error('the renewal reached the server')
  await supervisor.post(`/api/registrations/${item.id}/review`, {
    revision: item.revision,
    decision: 'approve',
  })
  const after = await admin.get<Tally>('/api/reports/tally')
  expect(after.hiRenewed - before.hiRenewed).toBe(2)
  expect(after.hiNew).toBe(before.hiNew)
  await context.close()
})
