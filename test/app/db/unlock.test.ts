import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { beforeEach, expect, it, vi } from 'vitest'
import {
  getDataKey,
  isToldUnlocked,
  isUnlocked,
  lockNow,
  publishDataKey,
  subscribeDataKey,
} from '../../../src/app/db/data-key.ts'
import { db } from '../../../src/app/db/db.ts'
import { enrolDraftKey, loadDraft, saveDraft } from '../../../src/app/db/drafts.ts'
import { afterWrongPin, pinWaitMs } from '../../../src/app/db/pin-backoff.ts'
import { getRegistration } from '../../../src/app/db/registrations-repo.ts'
import { getSetting } from '../../../src/app/db/settings.ts'
import { setUpPin, unlockWithPin } from '../../../src/app/db/unlock.ts'
import { holdV1Draft, holdV1Registration } from '../../../src/app/db/upgrades/hold-v1-plaintext.ts'
import { makeRecord, uuid } from '../sync/fixtures.ts'
import { unlockForTest } from './test-data-key.ts'
import { enrolStartReadAhead, readEnrolStartAhead } from '../../../src/app/features/enrol/enrol-start.ts'

// Low iteration count: these tests are about the counting, not PBKDF2's cost (keyring.test.ts covers that).
const FAST = 1_000

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()))
  lockNow()
})

it('the wait after wrong PINs: none, none, then 30 s doubling, capped at an hour', () => {
  expect([1, 2, 3, 4, 5, 6].map(pinWaitMs)).toEqual([0, 0, 30_000, 60_000, 120_000, 240_000])
  expect(pinWaitMs(10)).toBe(3_600_000)
  expect(pinWaitMs(50)).toBe(3_600_000)
  expect(afterWrongPin({ failures: 2, waitUntil: 0 }, 1_000)).toEqual({ failures: 3, waitUntil: 31_000 })
})

it('sets a PIN, locks, and unlocks only with that PIN', async () => {
  await setUpPin('246810', FAST)
  expect(isUnlocked()).toBe(true)
  expect(await getSetting('keyring')).toBeDefined()
  lockNow()
  expect(await unlockWithPin('246811', 0)).toMatchObject({ ok: false, reason: 'wrong', failures: 1 })
  expect(isUnlocked()).toBe(false)
  expect(await unlockWithPin('246810', 0)).toEqual({ ok: true })
  expect(isUnlocked()).toBe(true)
  expect(await getSetting('pinAttempts')).toBeUndefined()
})

it('backs off after three wrong PINs, remembers it in IndexedDB, refuses even the right PIN meanwhile', async () => {
  await setUpPin('135790', FAST)
  lockNow()
  const t0 = 1_000_000
  expect(await unlockWithPin('000000', t0)).toMatchObject({ reason: 'wrong', failures: 1, waitUntil: t0 })
  expect(await unlockWithPin('000001', t0)).toMatchObject({ reason: 'wrong', failures: 2, waitUntil: t0 })
  expect(await unlockWithPin('000002', t0)).toMatchObject({
    reason: 'wrong',
    failures: 3,
    waitUntil: t0 + 30_000,
  })
  // What a reload would read back.
  expect(await getSetting('pinAttempts')).toEqual({ failures: 3, waitUntil: t0 + 30_000 })
  expect(await unlockWithPin('135790', t0 + 29_999)).toMatchObject({ ok: false, reason: 'wait' })
  expect(isUnlocked()).toBe(false)
  expect(await unlockWithPin('000003', t0 + 30_000)).toMatchObject({ failures: 4, waitUntil: t0 + 90_000 })
  expect(await unlockWithPin('135790', t0 + 90_000)).toEqual({ ok: true })
  expect(await getSetting('pinAttempts')).toBeUndefined()
})

it('a PIN that is not six digits counts as wrong without running the KDF', async () => {
  await setUpPin('135790', FAST)
  lockNow()
  expect(await unlockWithPin('13579', 0)).toMatchObject({ reason: 'wrong', failures: 1 })
  await expect(setUpPin('12345a', FAST)).rejects.toThrow()
})

it('never replaces a keyring that is already there', async () => {
  await setUpPin('111111', FAST)
  const first = getDataKey()
  await expect(setUpPin('222222', FAST)).rejects.toThrow(/already/)
  expect(getDataKey()).toBe(first)
})

it('the first unlock after the v2 upgrade seals the held v1 rows and drafts', async () => {
  const record = makeRecord(uuid(1), 1)
  await db.registrations.put(
    holdV1Registration({
      id: uuid(1),
      revision: 1,
      record,
      syncState: 'waiting',
      ackedRevision: 0,
      savedAt: 1,
    }),
  )
  await db.drafts.put(holdV1Draft({ key: 'enrol', values: { fullName: 'Lò Thị Mai' }, savedAt: 2 }))
  expect(JSON.stringify(await db.registrations.toArray())).toContain('Nguyễn Văn An')

  await setUpPin('975310', FAST)
  const row = await db.registrations.get(uuid(1))
  expect(row?.held).toBeUndefined()
  expect(row?.sealed).toBeDefined()
  expect(JSON.stringify(await db.registrations.toArray())).not.toContain('Nguyễn Văn An')
  expect(JSON.stringify(await db.drafts.toArray())).not.toContain('Mai')
  expect((await getRegistration(uuid(1)))?.record).toEqual(record)
  expect(await loadDraft('enrol')).toEqual({ fullName: 'Lò Thị Mai' })
})

it('looks for held rows once: later unlocks do not read the registrations', async () => {
  await setUpPin('975310', FAST)
  expect(await getSetting('heldRowsSealed')).toBe(true)
  lockNow()
  const scans = vi.spyOn(db.registrations, 'filter')
  expect(await unlockWithPin('975310', 0)).toEqual({ ok: true })
  expect(scans).not.toHaveBeenCalled()
  scans.mockRestore()
})

it("reads the enrol form's draft ahead with the key, before the app hears of the unlock, and drops it at lock", async () => {
  await setUpPin('864200', FAST)
  await saveDraft(enrolDraftKey(), { participants: [{ fullName: 'Lò Thị Mai' }] })
  lockNow()
  // What the app would draw at the moment it hears of the unlock.
  const heard: unknown[] = []
  const stop = subscribeDataKey(() => {
    if (isUnlocked()) heard.push(enrolStartReadAhead(undefined, null))
  })
  expect(await unlockWithPin('864200', 0, { readAhead: () => readEnrolStartAhead(undefined, null) })).toEqual(
    { ok: true },
  )
  stop()
  expect(heard).toHaveLength(1)
  expect(heard[0]).toMatchObject({ initial: { participants: [{ fullName: 'Lò Thị Mai' }] } })
  // Read for the form it was read for only, and for the drawing the unlock causes only: gone a task later.
  expect(enrolStartReadAhead(undefined, 'another-consultation')).toBeUndefined()
  expect(enrolStartReadAhead(undefined, null)).toBeDefined()
  await new Promise((resolve) => setTimeout(resolve, 0))
  expect(enrolStartReadAhead(undefined, null)).toBeUndefined()
  // And at lock, if the app was told of the unlock in the same task it locked in.
  await readEnrolStartAhead(undefined, null)
  lockNow()
  expect(enrolStartReadAhead(undefined, null)).toBeUndefined()
})

it('a read-ahead that fails or hangs does not hold the app back; one locked meanwhile tells no unlock', async () => {
  const key = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
  const told: boolean[] = []
  const stop = subscribeDataKey(() => told.push(isUnlocked()))

  await publishDataKey(await key(), () => Promise.reject(new Error('unreadable')))
  expect(told).toEqual([true])
  lockNow()

  vi.useFakeTimers()
  try {
    const published = publishDataKey(await key(), () => new Promise(() => undefined), 500)
    await vi.advanceTimersByTimeAsync(499)
    expect(told).toEqual([true, false])
    await vi.advanceTimersByTimeAsync(1)
    await published
    expect(told).toEqual([true, false, true])
  } finally {
    vi.useRealTimers()
  }
  lockNow()

  await publishDataKey(await key(), async () => lockNow())
  expect(isUnlocked()).toBe(false)
  expect(told).toEqual([true, false, true, false, false])
  stop()
})

it("derives the PIN's key from the keyring read at start only while it is still the stored one", async () => {
  await setUpPin('111111', FAST)
  const atStart = await getSetting('keyring')
  lockNow()
  // One PBKDF2, started from the keyring read at start.
  const derivations = vi.spyOn(crypto.subtle, 'deriveKey')
  expect(await unlockWithPin('111111', 0, { keyring: atStart })).toEqual({ ok: true })
  expect(derivations).toHaveBeenCalledTimes(1)

  // The PIN set again meanwhile (another tab after a sign-out): a new salt, so the key from the old one is
  // not used; the new PIN opens it and the old one does not.
  await db.settings.delete('keyring')
  await setUpPin('222222', FAST)
  lockNow()
  derivations.mockClear()
  expect(await unlockWithPin('111111', 0, { keyring: atStart })).toMatchObject({ ok: false, reason: 'wrong' })
  expect(await unlockWithPin('222222', 0, { keyring: atStart })).toEqual({ ok: true })
  // Each derived twice: from the old keyring at the tap (unused), then from the stored one.
  expect(derivations).toHaveBeenCalledTimes(4)
  derivations.mockRestore()

  // The wrong-PIN wait holds even with the key derived early.
  lockNow()
  await db.settings.put({ key: 'pinAttempts', value: { failures: 3, waitUntil: 10_000 } })
  const current = await getSetting('keyring')
  expect(await unlockWithPin('222222', 5_000, { keyring: current })).toMatchObject({
    ok: false,
    reason: 'wait',
  })
  expect(isUnlocked()).toBe(false)
})

it('the app is told only after the read-ahead, and a read-ahead that ends after the telling is kept for nothing', async () => {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
  let during: [boolean, boolean] | undefined
  await publishDataKey(key, async () => {
    during = [isUnlocked(), isToldUnlocked()]
    await readEnrolStartAhead(undefined, null)
  })
  // Usable by code while it read; the screens knew nothing of it yet.
  expect(during).toEqual([true, false])
  expect(isToldUnlocked()).toBe(true)
  expect(enrolStartReadAhead(undefined, null)).toBeDefined()
  lockNow()

  // Past the wait (its read held behind another tab's write): the app is told without it, and what it reads
  // afterwards is kept for nothing — a form opened later must not start from it.
  let open = () => {}
  const gate = new Promise<void>((resolve) => (open = resolve))
  const otherTab = db.transaction('rw', db.drafts, () => Dexie.waitFor(gate))
  let late: Promise<void> | undefined
  await publishDataKey(
    await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
    () => (late = readEnrolStartAhead(undefined, null)),
    10,
  )
  expect(isToldUnlocked()).toBe(true)
  open()
  await otherTab
  await late
  expect(enrolStartReadAhead(undefined, null)).toBeUndefined()
  lockNow()
  // Nor one asked for after the telling.
  await unlockForTest()
  await readEnrolStartAhead(undefined, null)
  expect(enrolStartReadAhead(undefined, null)).toBeUndefined()
})

it('PINs tried side by side are counted one after another: none gets a guess the wait would refuse', async () => {
  await setUpPin('135790', FAST)
  lockNow()
  const t0 = 2_000_000
  const answers = await Promise.all(
    ['000000', '000001', '000002', '135790'].map((pin) => unlockWithPin(pin, t0)),
  )
  // The third wrong one starts the wait; the right PIN, tried meanwhile, is refused by it, not checked.
  expect(answers.map((a) => (a.ok ? 'ok' : a.reason))).toEqual(['wrong', 'wrong', 'wrong', 'wait'])
  expect(await getSetting('pinAttempts')).toEqual({ failures: 3, waitUntil: t0 + 30_000 })
  expect(isUnlocked()).toBe(false)
})
