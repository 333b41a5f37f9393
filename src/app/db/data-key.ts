// The unwrapped data key lives here, in this module's memory and nowhere else: not in IndexedDB, not in
// sessionStorage, not in the service worker. Locking drops it; a reload loses it (hence "locks at start").
// A tiny external store so React (useSyncExternalStore) and the sync engine hear lock and unlock.
let dataKey: CryptoKey | null = null
/** What the listeners were last told: during an unlock's read-ahead the key is usable but not yet told. */
let told = false
/** Bumped at every telling: a read made before it is for the drawing it caused, or for nothing. */
let tellings = 0
const listeners = new Set<() => void>()

/** Thrown when personal data is read or written while the app is locked. */
export class LockedError extends Error {
  constructor() {
    super('Ứng dụng đang khoá — hãy mở khoá bằng mã PIN')
    this.name = 'LockedError'
  }
}

export function getDataKey(): CryptoKey | null {
  return dataKey
}

export function requireDataKey(): CryptoKey {
  if (!dataKey) throw new LockedError()
  return dataKey
}

export function isUnlocked(): boolean {
  return dataKey !== null
}

/** Unlocked as the screens know it (use-unlocked.ts): false during an unlock's read-ahead. */
export function isToldUnlocked(): boolean {
  return told
}

/** How many times lock or unlock was told so far. */
export const tellingCount = (): number => tellings

export function setDataKey(key: CryptoKey | null): void {
  if (key === dataKey) return
  dataKey = key
  tell()
}

/**
 * The unlock's publish, in two steps: the key is usable by code at once, `prepare` reads what the first
 * screen starts from with it, and only then are the listeners (React, the sync engine) told, so the app is
 * drawn once, with its data, instead of empty and then again. A `prepare` that fails or takes longer than
 * `waitAtMostMs` does not hold the app back: the screen then loads its data itself.
 */
export async function publishDataKey(
  key: CryptoKey,
  prepare?: () => Promise<unknown>,
  waitAtMostMs = 500,
): Promise<void> {
  if (key === dataKey) return
  dataKey = key
  if (prepare) {
    let timer: ReturnType<typeof setTimeout> | undefined
    await Promise.race([
      Promise.resolve()
        .then(prepare)
        .catch(() => undefined),
      new Promise((resolve) => (timer = setTimeout(resolve, waitAtMostMs))),
    ])
    clearTimeout(timer)
  }
  // Locked meanwhile (lockNow told the listeners already) or unlocked again: nothing to tell.
  if (dataKey === key) tell()
}

function tell(): void {
  told = dataKey !== null
  tellings++
  for (const listener of listeners) listener()
}

export const lockNow = () => setDataKey(null)

export function subscribeDataKey(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
