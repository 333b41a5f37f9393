// Setting the PIN and unlocking with it. Wrong PINs are counted in IndexedDB with the wait they impose
// (pin-backoff.ts), so neither a reload nor a second tab starts the count again.
import { publishDataKey } from './data-key.ts'
import { oneAtATime } from './one-at-a-time.ts'
import { db } from './db.ts'
import { createKeyring, openKeyring, pinKey, sameKdf, type Keyring } from './keyring.ts'
import { afterWrongPin } from './pin-backoff.ts'
import { openSessionToken } from './session-token.ts'
import { deleteSetting, getSetting, getSettings, setSetting } from './settings.ts'

export const PIN_PATTERN = /^\d{6}$/

export type UnlockResult =
  | { ok: true }
  | { ok: false; reason: 'wrong'; failures: number; waitUntil: number }
  | { ok: false; reason: 'wait'; failures: number; waitUntil: number }
  | { ok: false; reason: 'no_pin' }

// What an unlock reads as it begins, in one IndexedDB transaction: on a cheap phone each read of its own costs
// a round trip of several ms, and they were in a row on the way to the first screen (#15). Not the session:
// read as it begins, it could be one another tab has signed out of while the PIN's key was derived, and the
// token step writes it back; openSessionToken reads it when it uses it.
const UNLOCK_READS = [
  'keyring',
  'pinAttempts',
  'heldRowsSealed',
  'cashLinesComplete',
  'idTagsComplete',
] as const
type UnlockReads = Awaited<ReturnType<typeof getSettings<(typeof UNLOCK_READS)[number]>>>

export interface UnlockOptions {
  /**
   * Reads what the first screen starts from, run with the key usable before the app hears of the unlock
   * (data-key.ts publishDataKey), so the app is drawn once, with its data.
   */
  readAhead?: (() => Promise<unknown>) | undefined
  /**
   * The keyring as the app read it at start (use-app-settings.ts): the PIN's key is derived from it while
   * the settings are read again, and used only if the keyring read now has the same salt and count.
   */
  keyring?: Keyring | undefined
}

/**
 * Attempts one at a time, in this tab and across tabs: each reads the count the one before it wrote, so
 * attempts made side by side (a tab each, say) get no guess the wrong-PIN wait would have refused.
 */
const oneAttemptAtATime = oneAtATime('ghidanh:unlock')

export function unlockWithPin(
  pin: string,
  now = Date.now(),
  { readAhead, keyring: known }: UnlockOptions = {},
): Promise<UnlockResult> {
  const wellFormed = PIN_PATTERN.test(pin)
  // The PIN's PBKDF2 (tens of ms) runs beside the read instead of after it, and beside any attempt still
  // being checked. Nothing is unwrapped with it before the wrong-PIN wait is checked below.
  const early = wellFormed && known ? pinKey(known, pin) : undefined
  early?.catch(() => undefined)
  return oneAttemptAtATime(async () => {
    const read = await getSettings(UNLOCK_READS)
    const { keyring, pinAttempts: attempts } = read
    if (!keyring) return { ok: false, reason: 'no_pin' }
    if (attempts && attempts.waitUntil > now) return { ok: false, reason: 'wait', ...attempts }
    const key = wellFormed
      ? await openKeyring(keyring, pin, known && sameKdf(known, keyring) ? early : undefined)
      : null
    if (!key) {
      const next = afterWrongPin(attempts, now)
      await setSetting('pinAttempts', next)
      return { ok: false, reason: 'wrong', ...next }
    }
    if (attempts) await deleteSetting('pinAttempts')
    await open(key, read, { prepare: readAhead })
    return { ok: true }
  })
}

/** First sign-in (or first start after the v2 upgrade): makes the data key and wraps it under `pin`. */
export async function setUpPin(pin: string, iterations?: number): Promise<void> {
  if (!PIN_PATTERN.test(pin)) throw new Error('PIN must be 6 digits')
  const { keyring, dataKey } = await createKeyring(pin, iterations)
  await db.transaction('rw', db.settings, async () => {
    // A keyring already here (another tab set one a moment ago) must not be replaced: rows sealed
    // under it would become unreadable.
    if (await getSetting('keyring')) throw new Error('A PIN is already set on this device')
    await setSetting('keyring', keyring)
    await deleteSetting('pinAttempts')
    // A tag key left by a sign-out racing its creation is sealed with a data key that no longer exists.
    await deleteSetting('idTagKey')
  })
  // A new data key: any row on the phone was sealed by sealHeldRows just now, with its tags.
  await open(dataKey, await getSettings(UNLOCK_READS), { allTagged: true })
}

/** `read`: the settings read as the unlock began; each one-time flag in it is checked again by its own job. */
async function open(
  key: CryptoKey,
  read: UnlockReads,
  {
    allTagged = false,
    prepare,
  }: { allTagged?: boolean; prepare?: (() => Promise<unknown>) | undefined } = {},
): Promise<void> {
  // Held v1 rows are sealed before the key is published, so the sync never meets a half-sealed store. Once
  // done it never runs again: its code is a chunk of its own, not part of every start.
  if (!read.heldRowsSealed) await (await import('./seal-held-rows.ts')).sealHeldRows(key)
  await openSessionToken(key)
  if (allTagged) await setSetting('idTagsComplete', true)
  await publishDataKey(key, prepare)
  // Rows from before the cash lines get theirs, in the background (needs no key; once).
  if (!read.cashLinesComplete)
    import('./fill-cash-lines.ts')
      .then(({ fillCashLines }) => fillCashLines())
      .catch((e: unknown) => {
        console.warn('Filling the cash lines stopped:', e instanceof Error ? e.name : 'error')
      })
  // Rows from before the ID tags, tagged in the background; until then lookups open them (id-tags.ts).
  if (allTagged || read.idTagsComplete) return
  import('./tag-untagged-rows.ts')
    .then(({ tagUntaggedRows }) => tagUntaggedRows(key))
    .catch((e: unknown) => {
      console.warn('Tagging older registrations stopped:', e instanceof Error ? e.name : 'error')
    })
}
