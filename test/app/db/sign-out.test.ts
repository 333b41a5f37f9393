import 'fake-indexeddb/auto'
import { beforeEach, expect, it } from 'vitest'
import { db } from '../../../src/app/db/db.ts'
import { getSetting, setSetting } from '../../../src/app/db/settings.ts'
import { isUnlocked } from '../../../src/app/db/data-key.ts'
import { saveDraft } from '../../../src/app/db/drafts.ts'
import { coversAll, countNotBackedUp, signOut } from '../../../src/app/db/sign-out.ts'
import { unlockForTest } from './test-data-key.ts'

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()))
  await unlockForTest()
  await setSetting('session', {
    token: 't',
    user: { id: 'u', username: 'staff1', role: 'staff', displayName: 'A' },
  })
  await setSetting('device', { deviceId: 'd', receiptPrefix: 'LC017' })
  await setSetting('receiptSeq', 7)
})

it('refuses while registrations are still waiting to be sent', async () => {
  await db.outbox.put({ id: 'r1', revision: 1, enqueuedAt: 1, attempts: 0 })
  expect(await signOut()).toEqual({ ok: false, waiting: 1, backedUp: false })
  expect(await getSetting('session')).toBeDefined()
})

it('with a backup of every waiting revision, signs out only when asked to', async () => {
  await db.outbox.bulkPut([
    { id: 'r1', revision: 2, enqueuedAt: 1, attempts: 0 },
    { id: 'r2', revision: 1, enqueuedAt: 2, attempts: 0 },
  ])
  await setSetting('lastBackup', { at: 1, pairs: ['r1@1', 'r2@1'] })
  expect(await countNotBackedUp()).toBe(1) // r1 was saved again after the backup
  expect(await signOut({ allowBackedUp: true })).toMatchObject({ ok: false, waiting: 2 })
  await setSetting('lastBackup', { at: 2, pairs: ['r1@2', 'r2@1'] })
  expect(await countNotBackedUp()).toBe(0)
  expect(await signOut()).toMatchObject({ ok: false })
  expect(await signOut({ allowBackedUp: true })).toEqual({ ok: true })
  expect(await db.outbox.count()).toBe(0)
  expect(await getSetting('lastBackup')).toBeUndefined()
  expect(isUnlocked()).toBe(false)
})

it('coversAll takes the newest backed-up revision of each id', () => {
  expect(coversAll(undefined, [])).toBe(false)
  expect(coversAll({ at: 1, pairs: ['a@3', 'a@1'] }, [{ id: 'a', revision: 2 }])).toBe(true)
  expect(coversAll({ at: 1, pairs: ['a@1'] }, [{ id: 'a', revision: 2 }])).toBe(false)
})

it('clears the session and personal data but keeps the device and its receipt counter', async () => {
  await saveDraft('enrol', {}, 1)
  await setSetting('pinAttempts', { failures: 2, waitUntil: 0 })
  expect(await signOut()).toEqual({ ok: true })
  expect(await getSetting('pinAttempts')).toBeUndefined()
  expect(await getSetting('session')).toBeUndefined()
  expect(await db.drafts.count()).toBe(0)
  expect(await getSetting('device')).toEqual({ deviceId: 'd', receiptPrefix: 'LC017' })
  expect(await getSetting('receiptSeq')).toBe(7)
})
