// The bearer token the server gave at sign-in. With it, GET /api/registrations returns the collector's
// citizens, so it is a secret like their names: sealed under the PIN-wrapped data key in IndexedDB, and
// in the clear only here, in memory, while the app is unlocked. Locking forgets it; unlocking opens it
// again. No server call carries a token while the app is locked.
//
// Signed in before any PIN exists (the first sign-in on a phone), there is no key yet: the token waits in
// memory and is sealed the moment the PIN is set. A phone from before this kept it in clear: the first
// unlock seals it and deletes the clear copy, so nobody is signed out by the upgrade.
import { getDataKey, subscribeDataKey } from './data-key.ts'
import { seal, unseal } from './sealed-box.ts'
import { getSetting, setSetting, type Session, type SessionUser } from './settings.ts'

// Bound into the seal: this box opens only as the session token, never pasted in as another value.
const CONTEXT = 'settings:session.token'

let token: string | null = null
const listeners = new Set<() => void>()

function setToken(next: string | null): void {
  if (next === token) return
  token = next
  for (const listener of listeners) listener()
}

/** The token for the next request, or null: locked, signed out, or never signed in. */
export function currentToken(): string | null {
  return token
}

export function subscribeToken(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

// Locking drops the key, and the token with it. (Signing in with no PIN yet is not a lock: no key ever.)
subscribeDataKey(() => {
  if (getDataKey() === null) setToken(null)
})

/** After a successful sign-in: the user in the clear (not a citizen's data), the token sealed or held. */
export async function rememberSession(answer: { token: string; user: SessionUser }): Promise<void> {
  const key = getDataKey()
  const session: Session = { user: answer.user }
  if (key) session.sealedToken = await seal(key, answer.token, CONTEXT)
  await setSetting('session', session)
  setToken(answer.token)
}

/** What sign-in restores when it fails half-way: the session row and the token as they were. */
export async function restoreSession(
  previous: Session | undefined,
  previousToken: string | null,
): Promise<void> {
  if (previous) await setSetting('session', previous)
  setToken(previousToken)
}

/**
 * At unlock (and when the PIN is first set): opens the sealed token into memory, or seals one still in the
 * clear (kept by an older version, or held in memory since a sign-in before the PIN) and deletes the clear copy.
 */
export async function openSessionToken(key: CryptoKey): Promise<void> {
  const session = await getSetting('session')
  if (!session) return
  const { token: clear, sealedToken, ...rest } = session
  if (sealedToken) {
    try {
      setToken(await unseal<string>(key, sealedToken, CONTEXT))
    } catch {
      // Sealed under another key (a PIN reset on a restored profile): signing in again gives a new one.
      setToken(null)
    }
    if (clear !== undefined) await setSetting('session', { ...rest, sealedToken })
    return
  }
  const held = clear ?? token
  if (held === null) return
  await setSetting('session', { ...rest, sealedToken: await seal(key, held, CONTEXT) })
  setToken(held)
}
