// The app's half of the PIN pad drawn before it loaded (early-lock.ts): the digits typed there, taken once,
// and the hint that makes it draw at the next start.
import type { Language } from '../../i18n/i18n.ts'

/** The same key as early-lock.ts (a test keeps them equal; that module may import nothing). */
export const LOCKED_HINT_KEY = 'ghidanh:locked'

/** The digits typed on the early pad, once; from then on it ignores taps. '' when there was none. */
export function takeEarlyPin(): string {
  const early = window.ghidanhEarlyPin
  if (!early) return ''
  delete window.ghidanhEarlyPin
  return early.take()
}

/** Draw the early pad at the next start, in this language, or not at all (signed out, no PIN). */
export function setLockedHint(language: Language | undefined): void {
  try {
    if (language) localStorage.setItem(LOCKED_HINT_KEY, language)
    else localStorage.removeItem(LOCKED_HINT_KEY)
  } catch {
    // No localStorage (some private modes): the lock screen then draws with the app, as before.
  }
}
