// Issue #12: a collector enrols a person for household HI by scanning the QR code of their chip ID card.
// Chromium's fake camera plays a video made here from a realistic card payload; Debian's headless Chromium
// has no BarcodeDetector, so the zxing-wasm decoder (served from our origin) is what reads it. The second
// test points the camera at a payment QR code, then refuses the camera: clear messages, nothing typed lost.
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { chromium } from '@playwright/test'
import { randomInt } from 'node:crypto'
import { chromiumArgs } from '../playwright.config.ts'
import { apiAs } from './support/api.ts'
import { queueItem, signIn, waitForOfflineShell, waitUnlocked } from './support/app.ts'
import { baseURL, newProfileDir, phone } from './support/browsers.ts'
import { writeQrVideo } from './support/fake-camera.ts'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** A phone whose rear camera films `video`; without `video`, a phone with no camera at all. */
async function launchPhoneWithCamera(
  video: string | undefined,
  { camera, serviceWorkers = 'allow' }: { camera: boolean; serviceWorkers?: 'allow' | 'block' },
): Promise<{ context: BrowserContext; page: Page }> {
  const fakeCamera =
    video === undefined
      ? []
      : ['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]
  const context = await chromium.launchPersistentContext(newProfileDir(), {
    ...phone,
    executablePath,
    args: [...chromiumArgs, ...fakeCamera],
    permissions: camera ? ['camera'] : [],
    serviceWorkers,
  })
  const page = context.pages()[0] ?? (await context.newPage())
  return { context, page }
}

// A fresh ID number per run (a rerun meets its earlier records as duplicates otherwise): PPP 015, G 0 (a man
// born in the 1900s), YY 85, six random digits. The name comes as the card prints it, in capitals, NFD here
// to prove the app stores NFC whatever the code carries.
const idNumber = `015085${String(randomInt(1_000_000)).padStart(6, '0')}`
const cardText = [
  idNumber,
  '063512345',
  'LÙ VĂN SÁNG'.normalize('NFD'),
  '02041985',
  'Nam',
  // Before 2025-07-01: Thị trấn Bát Xát of Huyện Bát Xát, today Xã Bát Xát (02683).
  'Thôn Pờ Hồ, Thị trấn Bát Xát, Huyện Bát Xát, Lào Cai',
  '15032021',
].join('|')

test('enrol a household-HI person from the ID card, offline, and sync', async () => {
  const testInfo = test.info()
  const video = testInfo.outputPath('card.y4m')
  writeQrVideo(video, cardText)
  const { context, page } = await launchPhoneWithCamera(video, { camera: true })
  try {
    const hosts = new Set<string>()
    context.on('request', (r) => hosts.add(new URL(r.url()).origin))
    await signIn(page, 'staff1')
    // The decoder is precached at the first visit: the scan below runs with no network at all.
    await waitForOfflineShell(page)
    const precachedWasm = await page.evaluate(async () => {
      const urls: string[] = []
      for (const name of await caches.keys()) {
        for (const req of await (await caches.open(name)).keys()) urls.push(req.url)
      }
      return urls.filter((u) => new URL(u).pathname.endsWith('.wasm'))
    })
    expect(precachedWasm).toHaveLength(1)
    await context.setOffline(true)
    await page.reload()
    await waitUnlocked(page)
    await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
    let taps = 0
    const tap = async (action: Promise<unknown>) => {
      await action
      taps++
    }

    await tap(page.getByRole('button', { name: 'Quét CCCD' }).click())
    await expect(page.getByLabel('Số định danh cá nhân')).toHaveValue(idNumber)
    await expect(page.getByLabel('Xã/phường')).toHaveValue('Xã Bát Xát')
    const [scanMs, addressMs] = await page.evaluate(() => [
      performance.measure('card-scan', 'card-scan-open', 'card-scan-filled').duration,
      performance.measure('card-address', 'card-scan-open', 'card-scan-address').duration,
    ])
    const engine = await page.evaluate(() =>
      'BarcodeDetector' in globalThis ? 'BarcodeDetector present' : 'no BarcodeDetector: zxing-wasm',
    )
    await expect(page.getByLabel('Họ và tên')).toHaveValue('Lù Văn Sáng')
    await expect(page.getByLabel('Ngày sinh', { exact: true })).toHaveValue('02')
    await expect(page.getByLabel('Tháng sinh', { exact: true })).toHaveValue('04')
    await expect(page.getByLabel('Năm sinh', { exact: true })).toHaveValue('1985')
    await expect(page.getByRole('radio', { name: 'Nam', exact: true })).toBeChecked()
    await expect(page.getByLabel('Xã/phường')).toHaveValue('Xã Bát Xát')
    await expect(page.getByLabel('Thôn/bản/tổ')).toHaveValue('Thôn Pờ Hồ')
    await expect(page.getByText('Đã điền từ thẻ căn cước')).toBeVisible()
    await expect(page.getByText(/Địa chỉ trên thẻ .*Huyện Bát Xát/)).toBeVisible()
    // Marked as read from the card; typing over a field takes its mark away.
    const fromCard = (label: string) =>
      page.locator(`label:text-is("${label}")`).evaluate((el) => getComputedStyle(el, '::after').content)
    expect(await fromCard('Họ và tên')).toBe('"Từ thẻ"')
    expect(await fromCard('Số định danh cá nhân')).toBe('"Từ thẻ"')
    expect(await fromCard('Số điện thoại (không bắt buộc)')).toBe('none')
    await page.screenshot({ path: testInfo.outputPath('filled-from-card.png') })
    await page.getByLabel('Thôn/bản/tổ').scrollIntoViewIfNeeded()
    await page.screenshot({ path: testInfo.outputPath('filled-address-from-card.png') })

    // What the card does not hold: ethnicity, the product, consent, the cash.
    await tap(page.getByLabel('Dân tộc').selectOption('08')) // a select: one tap to open, one to pick
    taps++
    await tap(page.getByLabel('BHYT hộ gia đình').check())
    await tap(page.getByLabel('Người tham gia đồng ý cho thu thập thông tin').check())
    await expect(page.getByRole('region', { name: 'Tổng tiền phải thu' })).toContainText('1.366.200')
    await tap(page.getByLabel('Đã thu đủ tiền mặt').check())
    await tap(page.getByRole('button', { name: 'Lưu' }).click())
    await expect(page.getByRole('heading', { name: 'Biên lai thu tiền' })).toBeVisible()
    const id = new URL(page.url()).pathname.split('/').pop() ?? ''
    console.log(
      `ID card scan (${engine}): scan-to-filled ${scanMs.toFixed(0)} ms, address mapped at ${addressMs.toFixed(0)} ms; ${taps} taps and 0 characters typed to enrol one HI-only person`,
    )

    // Never a third-party host: the decoder and its .wasm come from our origin.
    expect([...hosts].filter((h) => h.startsWith('http'))).toEqual([baseURL])

    await context.setOffline(false)
    await page.getByRole('link', { name: 'Đã ghi' }).click()
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click()
    await expect(queueItem(page, 'Lù Văn Sáng')).toContainText('Đã gửi', { timeout: 30_000 })

    const office = await apiAs('super1')
    const detail = await office.get<{
      revisions: { registration: { participants: Record<string, unknown>[] } }[]
    }>(`/api/registrations/${id}`)
    const person = detail.revisions[0]?.registration.participants[0]
    expect(person).toMatchObject({
      idNumber,
      fullName: 'Lù Văn Sáng',
      dateOfBirth: '1985-04-02',
      sex: 'male',
      address: { provinceCode: '15', commune: 'Xã Bát Xát', communeCode: '02683', village: 'Thôn Pờ Hồ' },
      hi: { months: 12, householdOrder: 1 },
    })
    expect(person?.fullName).toBe((person?.fullName as string).normalize('NFC'))
    expect(person).not.toHaveProperty('vsi')
  } finally {
    await context.close()
  }
})

test('a payment QR code and a refused camera give clear messages and keep what was typed', async () => {
  const testInfo = test.info()
  const video = testInfo.outputPath('vietqr.y4m')
  writeQrVideo(
    video,
    '00020101021238570010A00000072701270006970436011300110123456780208QRIBFTTA53037045802VN62150811Thu BHYT 6304A1B2',
  )
  const { context, page } = await launchPhoneWithCamera(video, { camera: true })
  try {
    await signIn(page, 'staff1')
    await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
    await page.getByLabel('Họ và tên').fill('Giàng Thị Mai')
    await page.getByLabel('Số định danh cá nhân').fill('010303654321')
    await page.getByLabel('Năm sinh', { exact: true }).fill('2003')

    await page.getByRole('button', { name: 'Quét CCCD' }).click()
    const scanner = page.getByRole('dialog', { name: 'Quét mã QR trên thẻ căn cước' })
    await expect(scanner.getByRole('status')).toHaveText(
      'Đây là mã QR thanh toán, không phải mã trên thẻ căn cước. Đưa mã QR trên thẻ vào khung.',
    )
    await page.screenshot({ path: testInfo.outputPath('scanner-foreign-qr.png') })
    // It keeps scanning until closed; the form is as it was.
    await expect(scanner).toBeVisible()
    await scanner.getByRole('button', { name: 'Đóng' }).click()
    await expect(scanner).toBeHidden()
    await expect(page.getByLabel('Họ và tên')).toHaveValue('Giàng Thị Mai')
    await expect(page.getByLabel('Số định danh cá nhân')).toHaveValue('010303654321')
    await expect(page.getByLabel('Năm sinh', { exact: true })).toHaveValue('2003')

    // The collector (or the phone's settings) refuses the camera.
    await context.clearPermissions()
    await page.getByRole('button', { name: 'Quét CCCD' }).click()
    await expect(page.getByRole('alert')).toContainText('Ứng dụng chưa được phép dùng máy ảnh')
    await expect(scanner).toBeHidden()
    await page.screenshot({ path: testInfo.outputPath('camera-refused.png') })
    await expect(page.getByLabel('Họ và tên')).toHaveValue('Giàng Thị Mai')
    await expect(page.getByLabel('Số định danh cá nhân')).toHaveValue('010303654321')
    await expect(page.getByLabel('Năm sinh', { exact: true })).toHaveValue('2003')
  } finally {
    await context.close()
  }
})

test('a phone with no camera says so and the form works as typed', async () => {
  const { context, page } = await launchPhoneWithCamera(undefined, { camera: true })
  try {
    await signIn(page, 'staff1')
    await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
    await page.getByLabel('Họ và tên').fill('Giàng Thị Mai')
    await page.getByRole('button', { name: 'Quét CCCD' }).click()
    await expect(page.getByRole('alert')).toContainText('Không tìm thấy máy ảnh trên máy này')
    await expect(page.getByLabel('Họ và tên')).toHaveValue('Giàng Thị Mai')
  } finally {
    await context.close()
  }
})

test('a QR decoder that cannot load says so and keeps what was typed', async () => {
  const video = test.info().outputPath('card.y4m')
  writeQrVideo(video, cardText)
  // As on a phone whose first visit never finished: no worker, and the .wasm does not arrive.
  const { context, page } = await launchPhoneWithCamera(video, { camera: true, serviceWorkers: 'block' })
  try {
    await context.route('**/*.wasm', (route) => route.abort('internetdisconnected'))
    await signIn(page, 'staff1')
    await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
    await page.getByLabel('Họ và tên').fill('Giàng Thị Mai')
    await page.getByRole('button', { name: 'Quét CCCD' }).click()
    await expect(page.getByRole('alert')).toContainText('Không tải được bộ đọc mã QR')
    await expect(page.getByLabel('Họ và tên')).toHaveValue('Giàng Thị Mai')
  } finally {
    await context.close()
  }
})
