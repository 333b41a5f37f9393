import 'fake-indexeddb/auto'
import { beforeEach, expect, it } from 'vitest'
import { db } from '../../../../src/app/db/db.ts'
import { getSetting, setSetting } from '../../../../src/app/db/settings.ts'
import { signOut } from '../../../../src/app/features/settings/sign-out.ts'

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()))
  await setSetting('session', {
    token: 't',
    user: { id: 'u', username: 'staff1', role: 'staff', displayName: 'A' },
  })
  await setSetting('device', { deviceId: 'd', receiptPrefix: 'LC017' })
  await setSetting('receiptSeq', 7)
})

it('refuses while registrations are still waiting to be sent', async () => {
  await db.outbox.put({ id: 'r1', revision: 1, enqueuedAt: 1, attempts: 0 })
  expect(await signOut()).toEqual({ ok: false, waiting: 1 })
  expect(await getSetting('session')).toBeDefined()
})

it('clears the session and personal data but keeps the device and its receipt counter', async () => {
  await db.drafts.put({ key: 'enrol', values: {}, savedAt: 1 })
  expect(await signOut()).toEqual({ ok: true })
  expect(await getSetting('session')).toBeUndefined()
  expect(await db.drafts.count()).toBe(0)
  expect(await getSetting('device')).toEqual({ deviceId: 'd', receiptPrefix: 'LC017' })
  expect(await getSetting('receiptSeq')).toBe(7)
})
