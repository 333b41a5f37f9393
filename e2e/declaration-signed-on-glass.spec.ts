// The participant signs the TK1-TS declaration with a finger on the collector's phone: the sheet is filled
// from the registration, the signature is saved as the next revision, prints on the A4 sheet, and reaches
// the server with the record.
import { expect, test } from '@playwright/test'
import { fillCommune, signIn, waitForEventChosen } from './support/app.ts'
import { apiAs } from './support/api.ts'
import { launchPhone, newProfileDir, startOnTestDay } from './support/browsers.ts'

interface Item {
  revision: number
  registration: {
    note?: string
    payment: { receiptNo: string } | null
    participants: {
      fullName: string
      signature?: { svgPath: string; signedAt: string }
      hi?: { facility?: { provinceCode: string; code: string } }
    }[]
  }
}

test('a participant signs the TK1-TS on the glass; it prints and reaches the server', async () => {
  const { context, page } = await launchPhone(newProfileDir())
  await startOnTestDay(context)
  try {
    await signIn(page, 'staff1')
    await waitForEventChosen(page)
    await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
    await page.getByLabel('Họ và tên').fill('Thào Thị Chứ')
    await page.getByLabel('Số định danh cá nhân').fill('015192004321')
    await page.getByLabel('Năm sinh', { exact: true }).fill('1992')
    await page.getByRole('radio', { name: 'Nữ', exact: true }).check()
    await page.getByLabel('Dân tộc').selectOption('08')
    await fillCommune(page, 'Xã Bát Xát')
    await page.getByLabel('Thôn/bản/tổ').fill('Thôn Phìn Ngan')
    await page.getByLabel('BHYT hộ gia đình', { exact: true }).check()
    // The initial health facility, from the office's list for Lào Cai (the demo's, synced at sign-in).
    await page.getByLabel('Nơi đăng ký KCB ban đầu').selectOption('15901')
    await page.getByLabel('Người tham gia đồng ý cho thu thập thông tin').check()
    await page.getByLabel('Ghi chú cho giám sát (không bắt buộc)').fill('Con trai mang sổ hộ khẩu đến sau')
    await page.getByLabel('Đã thu đủ tiền mặt').check()
    await page.getByRole('button', { name: 'Lưu' }).click()
    await expect(page.getByRole('heading', { name: 'Biên lai thu tiền' })).toBeVisible()
    const receiptNo = (await page.getByTestId('receipt-no').textContent())?.trim() ?? ''

    await page.getByRole('link', { name: 'Tờ khai TK1-TS, ký tên' }).click()
    const sheet = page.getByRole('article', { name: 'Người tham gia: Thào Thị Chứ' })
    await expect(sheet).toContainText('[01] Họ và tên (viết chữ in hoa):THÀO THỊ CHỨ')
    await expect(sheet).toContainText('[13] Xã, phường, đặc khu:Xã Bát Xát')
    await expect(sheet).toContainText('[15] Tỉnh, thành phố:Lào Cai')

    // Saving with nothing drawn says so.
    await sheet.getByRole('button', { name: 'Lưu chữ ký' }).click()
    await expect(sheet.getByRole('alert')).toHaveText('Chưa có chữ ký: hãy ký vào ô trên.')

    // Two strokes with a finger (the mouse stands in for it: pointer events are one path).
    const pad = sheet.getByTestId('signature-pad')
    const box = await pad.boundingBox()
    if (!box) throw new Error('no signing pad')
    for (const stroke of [
      [
        [0.1, 0.7],
        [0.2, 0.3],
        [0.3, 0.6],
        [0.45, 0.35],
      ],
      [
        [0.55, 0.5],
        [0.8, 0.55],
      ],
    ]) {
      const [first, ...rest] = stroke
      await page.mouse.move(box.x + first![0]! * box.width, box.y + first![1]! * box.height)
      await page.mouse.down()
      for (const [x, y] of rest)
        await page.mouse.move(box.x + x! * box.width, box.y + y! * box.height, { steps: 4 })
      await page.mouse.up()
    }
    await sheet.getByRole('button', { name: 'Lưu chữ ký' }).click()
    await expect(sheet.getByRole('status')).toHaveText('Đã lưu chữ ký. Chữ ký được gửi cùng hồ sơ.')
    await expect(sheet.getByTestId('signature')).toBeVisible()
    await page.screenshot({ path: 'test-results/declaration-360x740.png', fullPage: true })

    // On paper: the sheet and the signature, not the pad or the buttons.
    await page.emulateMedia({ media: 'print' })
    await expect(sheet.getByTestId('signature')).toBeVisible()
    await expect(pad).toBeHidden()
    await page.emulateMedia({ media: 'screen' })

    // The signature travels with the record (revision 2) to the server.
    const supervisor = await apiAs('super1')
    await expect
      .poll(
        async () => {
          const { items } = await supervisor.get<{ items: Item[] }>(
            '/api/registrations?status=pending&limit=200',
          )
          const item = items.find((i) => i.registration.payment?.receiptNo === receiptNo)
          const person = item?.registration.participants[0]
          return (
            item && {
              revision: item.revision,
              path: person?.signature?.svgPath,
              facility: person?.hi?.facility,
              note: item.registration.note,
            }
          )
        },
        { timeout: 30_000 },
      )
      .toMatchObject({
        revision: 2,
        path: expect.stringMatching(/^M\d+ \d+(L\d+ \d+)+M\d+ \d+L/),
        facility: { provinceCode: '15', code: '15901' },
        note: 'Con trai mang sổ hộ khẩu đến sau',
      })
  } finally {
    await context.close()
  }
})
