// The engine's own state (running, last success, last error, signed out) as a tiny external store for
// useSyncExternalStore. The waiting count and the online flag come from elsewhere (Dexie, the browser).
export interface EngineState {
  running: boolean
  lastSyncAt?: number
  lastError?: string
  /** The server answered 401: auto-retry is off until the user signs in again. Data stays on the device. */
  needsSignIn: boolean
}

let state: EngineState = { running: false, needsSignIn: false }
const listeners = new Set<() => void>()

export function getEngineState(): EngineState {
  return state
}

export function setEngineState(next: EngineState): void {
  state = next
  for (const listener of listeners) listener()
}

export function subscribeEngineState(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
