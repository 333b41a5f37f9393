// A phone that has kept more than a screenful: restored from a backup of 125 registrations the server
// already holds, the queue shows them a page of 50 at a time, the cash summary adds up every receipt of the
// event, and after a sync the approved ones saved more than 180 days ago leave the phone — the recent ones,
// and everything not approved, stay.
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import type { Registration } from '../src/domain/index.ts'
import { formatVnd } from '../src/domain/format/format-vnd.ts'
import type { BackupPayload } from '../src/app/features/backup/backup-file.ts'
import { sealBackup } from '../src/app/features/backup/seal-backup.ts'
import { DEMO_PASSWORD, showWholeQueue, signIn, waitForEventChosen } from './support/app.ts'
import { baseURL, launchPhone, newProfileDir, startOnTestDay, TEST_DAY } from './support/browsers.ts'

const PASSPHRASE = 'nuong-ngo-Y-Ty-2026'
const DAY = 86_400_000
const AMOUNT = 1_366_200
const OLD_APPROVED = 70
const OLD_PENDING = 10
const RECENT = 45
const names = ['Giàng A Páo', 'Lò Thị Mai', 'Vàng Seo Sử', 'Sùng Thị Dín', 'Thào A Chứ', 'Hầu Thị Mẩy']

test('the queue pages, the cash adds up all, old approved registrations leave after a sync', async () => {
  test.setTimeout(120_000)
  const { context, page } = await launchPhone(newProfileDir())
  await startOnTestDay(context)
  await signIn(page, 'staff1')
  await waitForEventChosen(page)

  const session = await fetch(`${baseURL}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'staff1', password: DEMO_PASSWORD }),
  })
  const { user } = (await session.json()) as { user: { id: string; username: string } }
  const phone = await page.evaluate(
    () =>
      new Promise<{ eventId: string; deviceId: string; receiptPrefix: string }>((resolve, reject) => {
        const open = indexedDB.open('ghidanh')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const store = open.result.transaction('settings').objectStore('settings')
          const event = store.get('eventId')
          const device = store.get('device')
          device.onsuccess = () => {
            const d = (device.result as { value: { deviceId: string; receiptPrefix: string } }).value
            resolve({
              eventId: (event.result as { value: string }).value,
              deviceId: d.deviceId,
              receiptPrefix: d.receiptPrefix,
            })
            open.result.close()
          }
        }
      }),
  )

  const total = OLD_APPROVED + OLD_PENDING + RECENT
  const registrations: BackupPayload['registrations'] = []
  for (let i = 1; i <= total; i++) {
    const old = i <= OLD_APPROVED + OLD_PENDING
    const record: Registration = {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      revision: 1,
      deviceId: phone.deviceId,
      eventId: phone.eventId,
      collectedAt: '2026-11-20T09:00:00+07:00',
      participants: [
        {
          fullName: names[i % names.length] ?? 'Giàng A Páo',
          idNumber: `0100${String(90_000_000 + i)}`,
          dateOfBirth: '1990',
          sex: 'male',
          ethnicityCode: '08',
          address: { provinceCode: '15', commune: 'Xã Y Tý' },
          consent: true,
          hi: { months: 12, householdOrder: 1, amountDue: AMOUNT },
          services: { vssidAssisted: false, cashlessPension: false },
        },
      ],
      payment: {
        method: 'cash',
        amountCollected: AMOUNT,
        receiptNo: `${phone.receiptPrefix}-${String(900_000 + i)}`,
      },
    }
    registrations.push({
      id: record.id,
      revision: 1,
      syncState: 'sent',
      ackedRevision: 1,
      // The oldest first; "old" is 200 days before the test day, "recent" 10 days.
      savedAt: TEST_DAY - (old ? 200 : 10) * DAY + i * 60_000,
      record,
      review: { status: i <= OLD_APPROVED || !old ? 'approved' : 'pending' },
      queued: false,
    })
  }
  const payload: BackupPayload = {
    user: { id: user.id, username: user.username },
    deviceId: phone.deviceId,
    receiptPrefix: phone.receiptPrefix,
    receiptSeq: 0,
    createdAt: new Date(TEST_DAY).toISOString(),
    registrations,
  }
  const file = join(tmpdir(), `ghidanh-e2e-${process.pid}.ghidanh`)
  writeFileSync(file, JSON.stringify(await sealBackup(payload, PASSPHRASE, 100_000, new Date(TEST_DAY))))

  await page.getByRole('link', { name: 'Cài đặt' }).click()
  await page.getByRole('link', { name: 'Khôi phục từ tệp sao lưu' }).click()
  await page.getByLabel('Tệp sao lưu').setInputFiles(file)
  await page.getByLabel('Mật khẩu sao lưu').fill(PASSPHRASE)
  await page.getByRole('button', { name: 'Khôi phục' }).click()
  await expect(page.getByText(`Đã khôi phục: ${total} hồ sơ mới`)).toBeVisible({ timeout: 30_000 })

  // The queue: a page of 50, then the next when asked (or scrolled to), until all are there.
  await page.getByRole('link', { name: 'Đã ghi' }).click()
  const rows = page.getByTestId('queue-item')
  await expect(rows).toHaveCount(50)
  const more = page.getByRole('button', { name: /^Xem thêm/ })
  await expect(more).toHaveText(`Xem thêm (đang hiện 50/${total})`)
  await showWholeQueue(page, total)
  // Newest first.
  await expect(rows.first()).toContainText(`${phone.receiptPrefix}-${String(900_000 + total)}`)

  // Every receipt of the event, added up without opening them.
  await page.getByRole('link', { name: 'Tổng kết tiền mặt' }).click()
  await expect(page.getByTestId('cash-issued')).toContainText(String(total))
  await expect(page.getByTestId('cash-handover')).toHaveText(formatVnd(total * AMOUNT))
  // The list of every receipt number is read when it is opened, in issue order.
  await page.locator('details summary', { hasText: 'Biên lai đã phát' }).click()
  const nos = page.getByTestId('cash-receipt-nos')
  await expect(nos).toContainText(
    `${phone.receiptPrefix}-${String(900_001)}, ${phone.receiptPrefix}-${String(900_002)}`,
  )
  await expect(nos).toContainText(`${phone.receiptPrefix}-${String(900_000 + total)}`)

  // A sync: the pull succeeds, then the old approved ones leave; pending and recent ones stay.
  await page.getByRole('link', { name: 'Đã ghi' }).click()
  await page.getByRole('button', { name: 'Đồng bộ ngay' }).click()
  const kept = OLD_PENDING + RECENT
  await expect(page.getByRole('button', { name: /^Xem thêm/ })).toHaveText(`Xem thêm (đang hiện 50/${kept})`)
  await page.getByRole('link', { name: 'Tổng kết tiền mặt' }).click()
  await expect(page.getByTestId('cash-handover')).toHaveText(formatVnd(kept * AMOUNT))
  await context.close()
})
