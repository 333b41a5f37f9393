// How long the lock screen makes you wait after wrong PINs. A 6-digit PIN has only a million values; the
// wait (stored, so a reload does not reset it) is what stops someone trying them by hand on the phone.
// Someone holding a copy of the raw IndexedDB is slowed only by PBKDF2 — docs/architecture.md says so.
export const PIN_FREE_ATTEMPTS = 3
export const PIN_FIRST_WAIT_MS = 30_000
export const PIN_MAX_WAIT_MS = 60 * 60_000
/** From this many wrong PINs on, the lock screen offers signing out (only when nothing is unsynced). */
export const PIN_SIGN_OUT_AFTER = 10

export interface PinAttempts {
  failures: number
  /** ms since epoch before which no PIN is tried. */
  waitUntil: number
}

/** Wait imposed after the `failures`-th wrong PIN in a row: none for the first two, then 30 s doubling. */
export function pinWaitMs(failures: number): number {
  if (failures < PIN_FREE_ATTEMPTS) return 0
  const doublings = Math.min(failures - PIN_FREE_ATTEMPTS, 20)
  return Math.min(PIN_MAX_WAIT_MS, PIN_FIRST_WAIT_MS * 2 ** doublings)
}

export function afterWrongPin(previous: PinAttempts | undefined, now: number): PinAttempts {
  const failures = (previous?.failures ?? 0) + 1
  return { failures, waitUntil: now + pinWaitMs(failures) }
}
