// One sync run at a time across every tab of this origin (Web Locks), falling back to this tab only where
// the browser lacks navigator.locks. Two tabs pushing the same outbox would be safe (the server answers
// `duplicate`) but wasteful on a village data plan.
export const SYNC_LOCK_NAME = 'ghidanh-sync'

export function withSyncLock<T>(run: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  if (!locks) return run()
  // The lock's promise settles with the callback's settled value; TypeScript's lib types it one level too deep.
  return locks.request(SYNC_LOCK_NAME, run) as unknown as Promise<T>
}
