// Work that must not overlap with itself: in this tab by a promise chain, across this origin's tabs by a Web
// Lock where the browser has one (a tab without it still queues its own).
export function oneAtATime(lockName: string): <T>(run: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve()
  return <T>(run: () => Promise<T>): Promise<T> => {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
    // The lock's promise settles with the callback's value; TypeScript's lib types it one level too deep.
    const locked = (): Promise<T> => (locks ? (locks.request(lockName, run) as unknown as Promise<T>) : run())
    const next = last.then(locked, locked)
    last = next.catch(() => undefined)
    return next
  }
}
