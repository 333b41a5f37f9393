import { expect, type Locator, type Page } from '@playwright/test'

export const DEMO_PASSWORD = 'ghidanh-demo'

/** The contract's measurement hook: the first screen is interactive. */
export async function waitReady(page: Page): Promise<void> {
  await expect(page.locator('#root[data-ready]')).toBeAttached()
}

// Not an obvious PIN: the set-PIN screen refuses those (issue #9).
export const DEFAULT_PIN = '482915'

export interface SignInOptions {
  /** The PIN to set on the set-PIN screen (first sign-in on this profile) or to unlock with. */
  pin?: string
}

/** Signs in, then sets the PIN (first time on this profile) or unlocks with it, up to the home screen. */
export async function signIn(
  page: Page,
  username: string,
  { pin = DEFAULT_PIN }: SignInOptions = {},
): Promise<void> {
  await page.goto('/')
  await waitReady(page)
  await page.getByLabel('Tên đăng nhập').fill(username)
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  const home = page.getByText('Ghi danh người mới')
  const setPinHeading = page.getByRole('heading', { name: 'Đặt mã PIN' })
  const lockHeading = page.getByRole('heading', { name: 'Ứng dụng đang khoá' })
  await expect(home.or(setPinHeading).or(lockHeading)).toBeVisible()
  if (await setPinHeading.isVisible()) await setPin(page, pin)
  else if (await lockHeading.isVisible()) await unlock(page, pin)
  await expect(home).toBeVisible()
}

/** Taps the PIN on the on-screen keypad. */
export async function tapPin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click()
}

/** The set-PIN screen: the PIN twice. Waits until the app is open. */
export async function setPin(page: Page, pin = DEFAULT_PIN): Promise<void> {
  await expect(page.getByTestId('pin-step')).toHaveText('Chọn mã PIN 6 số')
  await tapPin(page, pin)
  await expect(page.getByTestId('pin-step')).toHaveText('Nhập lại mã PIN')
  await tapPin(page, pin)
  await expect(page.getByRole('heading', { name: 'Đặt mã PIN' })).toBeHidden({ timeout: 30_000 })
}

/** The lock screen (after a reload, a restart, idle time): types the PIN and waits until it is gone. */
export async function unlock(page: Page, pin = DEFAULT_PIN): Promise<void> {
  const lockHeading = page.getByRole('heading', { name: 'Ứng dụng đang khoá' })
  await expect(lockHeading).toBeVisible()
  await tapPin(page, pin)
  await expect(lockHeading).toBeHidden({ timeout: 30_000 })
}

/** After a reload or a new tab: waits for the first screen and unlocks it if it is the lock screen. */
export async function waitUnlocked(page: Page, pin = DEFAULT_PIN): Promise<void> {
  await waitReady(page)
  const lockHeading = page.getByRole('heading', { name: 'Ứng dụng đang khoá' })
  if (await lockHeading.isVisible()) await unlock(page, pin)
}

/**
 * Signing in also fetches the events and picks the only one; enrolling needs it. When other specs on this
 * server have added events, the collector taps the demo's, as at a real sitting with several.
 */
export async function waitForEventChosen(page: Page): Promise<void> {
  const enrol = page.getByRole('link', { name: 'Ghi danh người mới' })
  const demo = page.getByRole('radio', { name: /^Đêm văn nghệ tuyên truyền/ })
  // The events arrive after the home screen: wait for the only one picked, or for the demo's to tap. Looking
  // once, before they arrived, found neither and then waited for a pick nobody would make.
  await expect(enrol.and(page.locator(':not([aria-disabled="true"])')).or(demo).first()).toBeVisible()
  // A tap, not check(): the choice is stored first and the radio shows it a moment later, when the stored
  // setting comes back; the assertion below waits for that.
  if ((await enrol.getAttribute('aria-disabled')) === 'true') await demo.first().click()
  await expect(enrol).not.toHaveAttribute('aria-disabled', 'true')
}

/** Waits until the service worker controls the page, so the next start works with no network. */
export async function waitForOfflineShell(page: Page, pin = DEFAULT_PIN): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    // A reload locks the app (by design): unlock it so the caller finds the page as it left it.
    await page.reload()
    await waitUnlocked(page, pin)
  }
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
}

export interface Person {
  fullName: string
  idNumber: string
  birthYear: string
  sex: 'Nam' | 'Nữ'
  ethnicityCode: string
  commune: string
  village?: string
  vsi?: { income?: string; months: string; group: string }
  hi?: { months: string; order: string }
  vssid?: boolean
}

/**
 * Types a commune of the list and waits until its code is shown: the list loads lazily, and a person looks at
 * the field before moving on (the next tap must not race the check of what was typed).
 */
export async function fillCommune(scope: Page | Locator, commune: string): Promise<void> {
  await scope.getByLabel('Xã/phường').fill(commune)
  await expect(scope.getByText(/Mã xã \d{5}/).first()).toBeVisible()
}

/** Fills the enrol form for one person, from the top, as a staff member would. */
export async function fillPerson(page: Page, p: Person): Promise<void> {
  await page.getByLabel('Họ và tên').fill(p.fullName)
  await page.getByLabel('Số định danh cá nhân').fill(p.idNumber)
  await page.getByLabel('Năm sinh', { exact: true }).fill(p.birthYear)
  await page.getByRole('radio', { name: p.sex, exact: true }).check()
  await page.getByLabel('Dân tộc').selectOption(p.ethnicityCode)
  await fillCommune(page, p.commune)
  if (p.village) await page.getByLabel('Thôn/bản/tổ').fill(p.village)
  if (p.vsi) {
    await page.getByLabel('BHXH tự nguyện').check()
    await answerPension(page, 'Không')
    if (p.vsi.income) await page.getByLabel('Mức thu nhập tháng (đồng)').fill(p.vsi.income)
    await page
      .getByRole('group', { name: 'Đóng BHXH mấy tháng' })
      .getByRole('radio', { name: p.vsi.months, exact: true })
      .check()
    await page.getByLabel('Nhóm hỗ trợ').selectOption({ label: p.vsi.group })
  }
  if (p.hi) {
    await page.getByLabel('BHYT hộ gia đình').check()
    await page
      .getByRole('group', { name: 'Đóng BHYT mấy tháng' })
      .getByRole('radio', { name: p.hi.months, exact: true })
      .check()
    await page.getByLabel('Thứ tự trong hộ').fill(p.hi.order)
  }
  if (p.vssid) await page.getByLabel('Hỗ trợ cài đặt VssID').check()
  await page.getByLabel('Người tham gia đồng ý cho thu thập thông tin').check()
}

/** Every VSI participant is asked whether they already receive a pension or monthly benefit (issue #9). */
export async function answerPension(scope: Page | Locator, answer: 'Có' | 'Không'): Promise<void> {
  await scope
    .getByRole('group', { name: 'Đang hưởng lương hưu, trợ cấp BHXH hoặc trợ cấp hằng tháng?' })
    .getByRole('radio', { name: answer, exact: true })
    .check()
}

/** The queue shows a page at a time: taps "Xem thêm" (or lets scrolling load) until all `count` are there. */
export async function showWholeQueue(page: Page, count: number): Promise<void> {
  const rows = page.getByTestId('queue-item')
  const more = page.getByRole('button', { name: /^Xem thêm/ })
  await expect(async () => {
    if (await more.isVisible()) await more.click({ timeout: 1_000 })
    expect(await rows.count()).toBe(count)
  }).toPass({ timeout: 30_000 })
}

export function queueItem(page: Page, fullName: string) {
  return page.getByTestId('queue-item').filter({ hasText: fullName })
}

/**
 * Holds the phone's save lock, as another tab saving on the same phone would: a save started meanwhile waits
 * until the returned function lets it go.
 */
export async function holdSaveLock(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(
    () =>
      new Promise<void>((granted) => {
        void navigator.locks.request(
          'ghidanh:save-registration',
          () =>
            new Promise<void>((release) => {
              ;(window as unknown as { releaseSave: () => void }).releaseSave = release
              granted()
            }),
        )
      }),
  )
  return () => page.evaluate(() => (window as unknown as { releaseSave: () => void }).releaseSave())
}
