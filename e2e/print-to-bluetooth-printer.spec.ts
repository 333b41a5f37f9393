// Issue #13 item 1 end to end: a collector pairs the thermal printer in the bag once, then "In biên lai"
// prints straight to it, no dialog. The printer is virtual (CDP BluetoothEmulation): every byte the page
// writes is kept, decoded back into the dots the head would burn, and compared with the slip the screen
// shows. A reprint says "BẢN SAO"; a printer that is off gives a clear message and the registration stays.
import { chromium, expect, test, type Page } from '@playwright/test'
import { chromiumArgs } from '../playwright.config.ts'
import { signIn, fillCommune } from './support/app.ts'
import { phone } from './support/browsers.ts'
import { decodeEscPosRaster, dotsOfRgba, type DecodedRaster } from './support/decode-escpos-raster.ts'
import { virtualBlePrinter } from './support/virtual-ble-printer.ts'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** The dots of the preview canvas (the exact image sent), as 0/1 per dot. */
async function previewDots(page: Page): Promise<{ width: number; height: number; dots: Uint8Array }> {
  const preview = page.locator('details.print-preview')
  if ((await preview.getAttribute('open')) === null) await preview.locator('summary').click()
  const { width, height, rgba } = await page.getByTestId('print-preview').evaluate((c: HTMLCanvasElement) => {
    const ctx = c.getContext('2d')!
    return {
      width: c.width,
      height: c.height,
      rgba: Array.from(ctx.getImageData(0, 0, c.width, c.height).data),
    }
  })
  return { width, height, dots: dotsOfRgba(rgba, width, height) }
}

function expectSameSlip(printed: DecodedRaster, shown: { width: number; height: number; dots: Uint8Array }) {
  expect(printed.width).toBe(shown.width)
  // The encoder pads to whole 8-dot rows with white paper.
  expect(printed.height).toBe(Math.ceil(shown.height / 8) * 8)
  expect(
    Buffer.from(printed.dots.subarray(0, shown.width * shown.height)).equals(Buffer.from(shown.dots)),
  ).toBe(true)
  expect(printed.dots.subarray(shown.width * shown.height).every((d) => d === 0)).toBe(true)
  // A slip, not a blank: a good share of the dots are ink.
  const ink = shown.dots.reduce((n, d) => n + d, 0)
  expect(ink).toBeGreaterThan(shown.width * 20)
  expect(printed.cut).toBe(true)
}

async function printedFigures(page: Page, label: string) {
  const status = page.getByTestId('print-status')
  const bytes = await status.getAttribute('data-bytes')
  const ms = await status.getAttribute('data-ms')
  console.log(`[figures] ${label}: ${bytes} bytes, ${ms} ms from tap to last byte (virtual printer)`)
}

/** One household member, household HI for 12 months, paid in cash, up to the receipt screen. */
async function enrolOneHouseholdHi(page: Page, fullName: string, idNumber: string): Promise<void> {
  await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
  const main = page.locator('main')
  await main.getByLabel('Họ và tên').fill(fullName)
  await main.getByLabel('Số định danh cá nhân').fill(idNumber)
  await main.getByLabel('Năm sinh', { exact: true }).fill('1990')
  await main.getByRole('radio', { name: 'Nữ', exact: true }).check()
  await main.getByLabel('Dân tộc').selectOption('08')
  await fillCommune(main, 'Xã Y Tý')
  // Leave the field so the commune suggestions close and cannot cover the boxes below.
  await main.getByLabel('Xã/phường').blur()
  await expect(page.locator('.commune-option')).toHaveCount(0)
  await main.getByLabel('BHYT hộ gia đình', { exact: true }).check()
  await main.getByLabel('Người tham gia đồng ý cho thu thập thông tin').check()
  await page.getByLabel('Đã thu đủ tiền mặt').check()
  await page.getByRole('button', { name: 'Lưu' }).click()
  await expect(page.getByRole('heading', { name: 'Biên lai thu tiền' })).toBeVisible()
}

test('pair a Bluetooth printer once, print the slip straight to it, reprint as a copy, printer off', async () => {
  // Web Bluetooth is behind this flag on desktop Linux (on by default on Android Chrome).
  const browser = await chromium.launch({
    executablePath,
    args: [...chromiumArgs, '--enable-experimental-web-platform-features'],
  })
  try {
    const context = await browser.newContext(phone)
    const page = await context.newPage()
    const printer = await virtualBlePrinter(browser, page)
    await signIn(page, 'staff1')

    await enrolOneHouseholdHi(page, 'Lù Thị Hoà', '010190774410')
    await expect(page.getByTestId('receipt-total')).toHaveText('1.366.200 đồng')

    // Pair once, on 58 mm paper.
    await page.getByRole('radio', { name: 'Nhiệt 58 mm' }).check()
    await page.locator('details.printer-settings summary').click()
    await page.getByRole('button', { name: 'Kết nối máy in Bluetooth' }).click()
    await expect(page.getByTestId('print-status')).toHaveText(
      'Đã kết nối MPT-II. Từ nay "In biên lai" in thẳng ra máy này.',
    )
    expect(printer.prompts()).toBe(1)
    await page.getByRole('button', { name: 'In biên lai' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: 'test-results/print-ui-360x740.png' })

    // "In biên lai": straight to the printer, no chooser, no dialog.
    await page.getByRole('button', { name: 'In biên lai' }).click()
    await expect(page.getByTestId('print-status')).toHaveText('Đã in trên MPT-II.')
    expect(printer.prompts()).toBe(1)
    await printedFigures(page, '58 mm household receipt')
    const first = decodeEscPosRaster(printer.take())
    expect(first.width).toBe(384)
    expectSameSlip(first, await previewDots(page))
    await page.screenshot({ path: 'test-results/print-preview-360x740.png', fullPage: true })

    // A reprint is marked as a copy: same slip with a "BẢN SAO" line more.
    await page.getByRole('button', { name: 'In biên lai' }).click()
    await expect(page.getByTestId('print-status')).toHaveText('Đã in bản sao trên MPT-II.')
    const copy = decodeEscPosRaster(printer.take())
    expectSameSlip(copy, await previewDots(page))
    expect(copy.height).toBeGreaterThan(first.height)

    // 80 mm paper: 576 dots.
    await page.getByRole('radio', { name: 'Nhiệt 80 mm' }).check()
    await page.getByRole('button', { name: 'In biên lai' }).click()
    await expect(page.getByTestId('print-status')).toHaveText('Đã in bản sao trên MPT-II.')
    await printedFigures(page, '80 mm household receipt (copy)')
    const wide = decodeEscPosRaster(printer.take())
    expect(wide.width).toBe(576)
    expectSameSlip(wide, await previewDots(page))
    expect(printer.writes.withoutResponse).toBeGreaterThan(0)

    // The printer is switched off: a clear message, and the registration is untouched.
    await printer.switchOff()
    await page.getByRole('button', { name: 'In biên lai' }).click()
    await expect(page.getByRole('alert')).toContainText('Không kết nối được máy in')
    await expect(page.getByRole('alert')).toContainText('Hồ sơ đã được lưu trên máy')
    expect(printer.take().length).toBe(0)
    await expect(page.getByTestId('receipt-total')).toHaveText('1.366.200 đồng')
    await page.screenshot({ path: 'test-results/print-failed-360x740.png' })

    // (Back on again is not played here: Chromium 156's emulation crashes the browser on a reconnect after a
    // simulated link loss.)
  } finally {
    await browser.close()
  }
})

test('system print: the slip on one page as long as the slip, not on 297 mm', async () => {
  const browser = await chromium.launch({ executablePath, args: chromiumArgs })
  try {
    const page = await (await browser.newContext(phone)).newPage()
    await signIn(page, 'staff2')
    await enrolOneHouseholdHi(page, 'Vừ Thị Sua', '010190774411')
    await expect(page.getByTestId('receipt-total')).toHaveText('1.366.200 đồng')
    await page.getByRole('radio', { name: 'Nhiệt 58 mm' }).check()
    // The dialog itself cannot be driven; what it prints is the PDF Chromium makes from the page.
    await page.evaluate(() => {
      window.print = () => undefined
    })
    await page.getByRole('button', { name: 'In biên lai' }).click()
    // How long the slip really is in the print layout, to compare with the page.
    await page.emulateMedia({ media: 'print' })
    const slipMm =
      (await page.getByTestId('receipt').evaluate((e) => e.getBoundingClientRect().height)) * (25.4 / 96)
    await page.emulateMedia({ media: null })
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1')
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)]
    expect(boxes).toHaveLength(1)
    const [, w, h] = boxes[0]!
    const mm = (pt: string) => (Number(pt) * 25.4) / 72
    console.log(`[figures] 58 mm system print page: ${mm(w!).toFixed(1)} × ${mm(h!).toFixed(1)} mm`)
    console.log(`[figures] 58 mm slip in the print layout: ${slipMm.toFixed(1)} mm`)
    expect(Math.round(mm(w!))).toBe(58)
    // One page (the slip is not cut in two), and no longer than the slip plus a short tail.
    expect(mm(h!)).toBeGreaterThan(slipMm)
    expect(mm(h!)).toBeLessThan(slipMm * 1.25 + 10)
  } finally {
    await browser.close()
  }
})

test('a printer at the smallest MTU gets 20-byte writes; one that stops taking data gives a clear message', async () => {
  const browser = await chromium.launch({
    executablePath,
    args: [...chromiumArgs, '--enable-experimental-web-platform-features'],
  })
  try {
    const page = await (await browser.newContext(phone)).newPage()
    // Write with response only, and nothing longer than 20 bytes: ATT_MTU 23.
    const printer = await virtualBlePrinter(browser, page, {
      name: 'BlueTooth Printer',
      withoutResponse: false,
      maxWrite: 20,
    })
    await signIn(page, 'staff1')
    await enrolOneHouseholdHi(page, 'Lò Thị Hương', '010190774412')
    await page.getByRole('radio', { name: 'Nhiệt 58 mm' }).check()
    await page.locator('details.printer-settings summary').click()
    await page.getByRole('button', { name: 'Kết nối máy in Bluetooth' }).click()
    await expect(page.getByTestId('print-status')).toContainText('Đã kết nối BlueTooth Printer')

    await page.getByRole('button', { name: 'In biên lai' }).click()
    await expect(page.getByTestId('print-status')).toHaveText('Đã in trên BlueTooth Printer.', {
      timeout: 60_000,
    })
    await printedFigures(page, '58 mm, 20-byte writes with response')
    expect(printer.longestWrite()).toBe(20)
    expect(printer.writes.withoutResponse).toBe(0)
    expectSameSlip(decodeEscPosRaster(printer.take()), await previewDots(page))

    // Out of paper or battery part-way: the printer refuses the data.
    printer.refuseWrites()
    await page.getByRole('button', { name: 'In biên lai' }).click()
    await expect(page.getByRole('alert')).toContainText('Máy in ngừng nhận dữ liệu giữa chừng', {
      timeout: 60_000,
    })
    await expect(page.getByRole('alert')).toContainText('Hồ sơ đã được lưu trên máy')
    await expect(page.getByTestId('receipt-total')).toHaveText('1.366.200 đồng')
  } finally {
    await browser.close()
  }
})
