// The phone, as a collector lives it: a PIN set at first sign-in, registrations unreadable in IndexedDB
// without it, the lock after a reload and after idle time, wrong PINs that make you wait; then a backup file that lets
// sign-out go ahead and restores on another phone, where pushing again makes no second row on the server.
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { apiAs } from './support/api.ts'
import {
  fillPerson,
  queueItem,
  signIn,
  tapPin,
  unlock,
  waitForOfflineShell,
  waitReady,
  type Person,
} from './support/app.ts'
import { launchPhone, newProfileDir } from './support/browsers.ts'
import { V6_STORES } from '../test/app/db/upgrades/earlier-schemas.ts'

const PIN = '258025'
const PASSPHRASE = 'cau-may-Sa-Pa-2025'
const lan: Person = {
  fullName: 'Vàng Thị Lan',
  idNumber: '010302012348',
  birthYear: '2002',
  sex: 'Nữ',
  ethnicityCode: '08',
  commune: 'Xã Bát Xát',
  vsi: { months: '3 tháng', group: 'Dân tộc thiểu số (30%)' },
}

/** Every object store of the app's database, as text, binary values decoded as UTF-8 (so plaintext would show). */
function rawIndexedDb(page: Page): Promise<{ text: string; registrations: number }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('ghidanh')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const idb = open.result
          const names = [...idb.objectStoreNames]
          const tx = idb.transaction(names, 'readonly')
          const dump: Record<string, unknown[]> = {}
          for (const name of names) {
            const req = tx.objectStore(name).getAll()
            req.onsuccess = () => (dump[name] = req.result)
          }
          tx.oncomplete = () => {
            const decoder = new TextDecoder()
            const text = JSON.stringify(dump, (_k, v: unknown) =>
              v instanceof ArrayBuffer
                ? decoder.decode(v)
                : ArrayBuffer.isView(v)
                  ? decoder.decode(v as Uint8Array)
                  : v,
            )
            idb.close()
            resolve({ text, registrations: dump['registrations']?.length ?? 0 })
          }
        }
      }),
  )
}

test('PIN lock, sealed data at rest, backup, restore on another phone without a duplicate', async () => {
  // 1. First sign-in sets the PIN; the phone then works offline.
  const first = await launchPhone(newProfileDir())
  const page = first.page
  const sessionAnswer = page.waitForResponse((r) => r.url().endsWith('/api/session') && r.ok())
  await signIn(page, 'staff2', { pin: PIN })
  const { token } = (await (await sessionAnswer).json()) as { token: string }
  await waitForOfflineShell(page, PIN)
  await first.context.setOffline(true)

  await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
  await fillPerson(page, lan)
  // By keyboard: this spec is about what happens after the save, not the form's layout at 360 px.
  await page.getByLabel('Đã thu đủ tiền mặt').press('Space')
  await expect(page.getByLabel('Đã thu đủ tiền mặt')).toBeChecked()
  await page.getByRole('button', { name: 'Lưu' }).press('Enter')
  await expect(page.getByRole('heading', { name: 'Biên lai thu tiền' })).toBeVisible()
  const id = new URL(page.url()).pathname.split('/').pop() ?? ''
  expect(id).toMatch(/^[0-9a-f-]{36}$/)

  // 2. IndexedDB holds the registration, but not the name or the ID number in any readable form.
  const raw = await rawIndexedDb(page)
  expect(raw.registrations).toBe(1)
  expect(raw.text).toContain(id)
  expect(raw.text).not.toContain(lan.fullName)
  expect(raw.text).not.toContain('Vàng')
  expect(raw.text).not.toContain(lan.idNumber)
  // The session token opens the collector's citizens on the server: sealed too, never in clear at rest.
  expect(token.length).toBeGreaterThan(10)
  expect(raw.text).not.toContain(token)

  // 3. A reload locks. Three wrong PINs make it wait 30 s — also after another reload.
  await page.clock.install()
  await page.reload()
  await waitReady(page)
  await expect(page.getByRole('heading', { name: 'Ứng dụng đang khoá' })).toBeVisible()
  for (const wrong of ['111111', '222222', '333333']) {
    await tapPin(page, wrong)
    await expect(page.getByTestId('pin-error')).toContainText('Sai mã PIN')
  }
  await expect(page.getByTestId('pin-error')).toContainText('3 lần liên tiếp')
  await expect(page.getByTestId('pin-error')).toContainText(/Thử lại sau (30|29|28) giây/)
  await page.reload()
  await waitReady(page)
  await expect(page.getByTestId('pin-error')).toContainText('Thử lại sau')
  await expect(page.getByRole('button', { name: '5', exact: true })).toBeDisabled()
  await page.clock.fastForward('00:31')
  await expect(page.getByRole('button', { name: '5', exact: true })).toBeEnabled()
  await unlock(page, PIN)
  // Back where the reload left it.
  await expect(page.getByRole('heading', { name: 'Biên lai thu tiền' })).toBeVisible()
  // Five untouched minutes lock it again (the default idle time).
  await page.clock.fastForward('04:50')
  await expect(page.getByRole('heading', { name: 'Biên lai thu tiền' })).toBeVisible()
  await page.clock.fastForward('00:11')
  await unlock(page, PIN)
  await expect(page.getByRole('heading', { name: 'Biên lai thu tiền' })).toBeVisible()
  // A form half typed when the phone locks (a reload here): the unlock opens it with what was typed (its
  // draft read ahead, before the app is drawn again).
  await page.getByRole('link', { name: 'Ghi danh', exact: true }).click()
  await page.getByLabel('Họ và tên').fill('Hà Thị Nở')
  await page.clock.fastForward('00:01')
  await page.reload()
  await waitReady(page)
  // Drawn once, with the draft: no empty screen waiting for it in between.
  await page.evaluate(() => {
    const seen = window as unknown as { emptyEnrolSeen?: boolean }
    new MutationObserver(() => {
      if (document.querySelector('main.screen[aria-busy="true"]')) seen.emptyEnrolSeen = true
    }).observe(document.body, { subtree: true, childList: true, attributes: true })
  })
  await unlock(page, PIN)
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Hà Thị Nở')
  await page.screenshot({ path: 'test-results/unlocked-on-a-draft-360x740.png' })
  expect(await page.evaluate(() => (window as unknown as { emptyEnrolSeen?: boolean }).emptyEnrolSeen)).toBe(
    undefined,
  )

  // 4. Sign-out is refused while the registration is unsynced and not backed up.
  await page.getByRole('link', { name: 'Cài đặt' }).click()
  await page.getByRole('button', { name: 'Đăng xuất' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'chưa có trong tệp sao lưu' })).toBeVisible()

  // 5. Backup: a passphrase-encrypted file, downloaded.
  await page.getByRole('link', { name: 'Sao lưu hồ sơ chưa gửi' }).click()
  await expect(page.getByText('Có 1 hồ sơ chưa gửi lên máy chủ.')).toBeVisible()
  await page.getByLabel('Mật khẩu sao lưu', { exact: true }).fill(PASSPHRASE)
  await page.getByLabel('Nhập lại mật khẩu sao lưu').fill(PASSPHRASE)
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Tạo tệp sao lưu' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^ghidanh-staff2-\d{8}-\d{4}\.ghidanh$/)
  const backupPath = join(tmpdir(), `e2e-${Date.now()}-${download.suggestedFilename()}`)
  await download.saveAs(backupPath)
  await expect(page.getByRole('status').filter({ hasText: 'Đã tạo tệp' })).toContainText('gồm 1 hồ sơ')
  const fileText = readFileSync(backupPath, 'utf8')
  expect(fileText).not.toContain(lan.fullName)
  expect(fileText).not.toContain(lan.idNumber)

  // Now sign-out is allowed, after a confirmation (dismissed here: this phone still syncs first).
  await page.getByRole('link', { name: 'Cài đặt' }).click()
  const confirm = page.waitForEvent('dialog')
  const click = page.getByRole('button', { name: 'Đăng xuất' }).click()
  const dialog = await confirm
  expect(dialog.message()).toContain('đã có trong tệp sao lưu')
  await dialog.dismiss()
  await click

  // 6. The network returns: this phone pushes the registration (the server stores it).
  await first.context.setOffline(false)
  await page.getByRole('link', { name: 'Đã ghi' }).click()
  await page.getByRole('button', { name: 'Đồng bộ ngay' }).click()
  await expect(queueItem(page, lan.fullName)).toContainText('Đã gửi', { timeout: 30_000 })
  await first.context.close()

  // 7. Another phone: same account, its own PIN. A wrong passphrase changes nothing and says so.
  const second = await launchPhone(newProfileDir())
  const other = second.page
  await signIn(other, 'staff2', { pin: '147036' })
  await other.getByRole('link', { name: 'Cài đặt' }).click()
  await other.getByRole('link', { name: 'Khôi phục từ tệp sao lưu' }).click()
  await other.getByLabel('Tệp sao lưu').setInputFiles(backupPath)
  await other.getByLabel('Mật khẩu sao lưu').fill('not-the-passphrase')
  await other.getByRole('button', { name: 'Khôi phục' }).click()
  await expect(other.getByRole('alert').filter({ hasText: 'mật khẩu' })).toHaveText(
    'Sai mật khẩu sao lưu. Không có gì thay đổi trên máy.',
  )
  expect((await rawIndexedDb(other)).registrations).toBe(0)

  await other.getByLabel('Mật khẩu sao lưu').fill(PASSPHRASE)
  await other.getByRole('button', { name: 'Khôi phục' }).click()
  await expect(other.getByRole('status').filter({ hasText: 'Đã khôi phục' })).toContainText(
    'Đã khôi phục: 1 hồ sơ mới',
  )

  // 8. Pushed from here, it is the same (id, revision): the server answers duplicate, no second row.
  await other.getByRole('link', { name: 'Đã ghi' }).click()
  await expect(queueItem(other, lan.fullName)).toContainText('Chờ gửi')
  const pushed = other.waitForResponse((r) => r.url().endsWith('/api/sync/push') && r.status() === 200)
  await other.getByRole('button', { name: 'Đồng bộ ngay' }).click()
  const answer = (await (await pushed).json()) as { results: { id: string; status: string }[] }
  expect(answer.results).toEqual([expect.objectContaining({ id, status: 'duplicate' })])
  await expect(queueItem(other, lan.fullName)).toContainText('Đã gửi')

  const staff2 = await apiAs('staff2')
  const held = await staff2.get<{ items: { id: string; revision: number }[] }>('/api/registrations')
  expect(held.items.filter((r) => r.id === id)).toEqual([expect.objectContaining({ id, revision: 1 })])
  await second.context.close()
})

test('a PIN typed before the app has loaded is kept, and unlocks it', async () => {
  const phone = await launchPhone(newProfileDir())
  const page = phone.page
  await signIn(page, 'staff1')
  await expect(page.getByText('Ghi danh người mới')).toBeVisible()
  // No service worker, and the app's own script held back: only the early pad (early-lock.js) can draw,
  // as on a slow phone in the half second before the app's bundle has run.
  await page.evaluate(async () => {
    for (const registration of await navigator.serviceWorker.getRegistrations())
      await registration.unregister()
  })
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  // Not waiting for `load`: that waits for the held script.
  await page.reload({ waitUntil: 'commit' })
  await expect(page.getByRole('heading', { name: 'Ứng dụng đang khoá' })).toBeVisible()
  await expect(page.locator('#root')).toHaveAttribute('data-ready', '')
  await tapPin(page, '48291')
  await expect(page.getByRole('img', { name: 'Mã PIN: 5/6' })).toBeVisible()
  await page.screenshot({ path: 'test-results/early-pin-pad-360x740.png' })
  release()
  // The app takes the five digits over; the sixth is typed on its own lock screen.
  await expect.poll(() => page.evaluate(() => 'ghidanhEarlyPin' in window)).toBe(false)
  await expect(page.getByRole('img', { name: 'Mã PIN: 5/6' })).toBeVisible()
  await tapPin(page, '5')
  await expect(page.getByText('Ghi danh người mới')).toBeVisible()
  await phone.context.close()
})

test('no IndexedDB (private mode) gets a message, not a blank screen', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true })
  })
  await page.goto('/')
  await waitReady(page)
  await expect(page.getByTestId('storage-unavailable')).toContainText('không cho Ghi Danh lưu dữ liệu')
  await expect(page.getByRole('button', { name: 'Tải lại' })).toBeVisible()
})

test('another tab upgrading the database closes this one and offers a reload', async ({ page }) => {
  await page.goto('/')
  await waitReady(page)
  await expect(page.getByLabel('Tên đăng nhập')).toBeVisible()
  // What a newer app version in another tab does: open the database at a higher version.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('ghidanh', 1000)
        open.onsuccess = () => {
          open.result.close()
          resolve()
        }
        open.onerror = () => reject(open.error)
      }),
  )
  await expect(page.getByTestId('store-outdated')).toContainText('Có phiên bản mới của dữ liệu')
  await expect(page.getByTestId('store-outdated').getByRole('button', { name: 'Tải lại' })).toBeVisible()
})

test('a tab of an older version holding the database open gets a message, and the app opens once it lets go', async ({
  context,
}) => {
  // The old version's tab, frozen in the background: a page of the same origin holding the store open at
  // schema v6 (IndexedDB version 60), deaf to the versionchange that asks it to close.
  const old = await context.newPage()
  await old.goto('/icons/icon-192.png')
  await old.evaluate(holdV6Open, V6_STORES)
  // The phone was left locked: the early PIN pad draws before the app, and takes digits from a keyboard.
  await old.evaluate(() => localStorage.setItem('ghidanh:locked', 'vi'))
  const page = await context.newPage()
  await page.goto('/')
  await expect(page.getByTestId('store-blocked')).toContainText('đang mở ở một thẻ khác bằng phiên bản cũ')
  // Typed behind the notice: not kept for the lock screen (they came back there as dots).
  await page.keyboard.type('123')
  expect(
    await page.evaluate(
      () => (window as { ghidanhEarlyPin?: { take(): string } }).ghidanhEarlyPin?.take() ?? '',
    ),
  ).toBe('')
  await expect(page.getByTestId('store-blocked-en')).toContainText(
    'open in another tab with an older version',
  )
  await page.screenshot({ path: 'test-results/store-blocked-360x740.png' })
  // A second tab of the new version waits in line behind the first one's upgrade, with no "blocked" of its
  // own: it says the same, not nothing.
  const second = await context.newPage()
  await second.goto('/')
  await expect(second.getByTestId('store-blocked')).toContainText('đang mở ở một thẻ khác bằng phiên bản cũ')
  await second.screenshot({ path: 'test-results/store-blocked-second-tab-360x740.png' })
  // It lets go: the upgrade runs and the app opens in both by itself.
  await old.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close())
  await expect(page.getByLabel('Tên đăng nhập')).toBeVisible()
  await expect(page.getByTestId('store-blocked')).toHaveCount(0)
  await expect(second.getByLabel('Tên đăng nhập')).toBeVisible()
  await expect(second.getByTestId('store-blocked')).toHaveCount(0)
  const indexes = await page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('ghidanh')
        open.onsuccess = () => {
          const tx = open.result.transaction(['outbox', 'consultations'])
          resolve([...tx.objectStore('outbox').indexNames, ...tx.objectStore('consultations').indexNames])
          open.result.close()
        }
        open.onerror = () => reject(open.error)
      }),
  )
  expect(indexes.sort()).toEqual(['enqueuedAt', 'followUpOn', 'heldFor', 'savedAt', 'syncState'])
})

/**
 * Runs in the page: creates the device store as app v6 left it (`stores`, in Dexie's notation: the primary
 * key first, `*` a multi-entry index, `[a+b]` a compound one), and keeps it open without a handler.
 */
function holdV6Open(stores: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('ghidanh', 60)
    open.onupgradeneeded = () => {
      for (const [name, spec] of Object.entries(stores)) {
        const [primary, ...indexes] = spec.split(',').map((part) => part.trim())
        const store = open.result.createObjectStore(name, { keyPath: primary ?? null })
        for (const index of indexes) {
          const plain = index.replace(/^\*/, '')
          const keyPath = plain.startsWith('[') ? plain.slice(1, -1).split('+') : plain
          store.createIndex(plain, keyPath, { multiEntry: index.startsWith('*') })
        }
      }
    }
    open.onsuccess = () => {
      ;(window as unknown as { held: IDBDatabase }).held = open.result
      resolve()
    }
    open.onerror = () => reject(open.error)
  })
}
