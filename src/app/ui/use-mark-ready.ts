// Contract hook (design.md): the root element gets `data-ready` once the first screen is interactive,
// after it has read what it needs from IndexedDB. Every screen calls this when its data is in.
import { useEffect } from 'react'

export function useMarkReady(ready: boolean): void {
  useEffect(() => {
    if (ready) document.getElementById('root')?.setAttribute('data-ready', '')
  }, [ready])
}

/** For screens we do not own (lazy review screens): marks ready once rendered inside Suspense. */
export function MarkReady() {
  useMarkReady(true)
  return null
}
