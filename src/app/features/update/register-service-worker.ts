// The one Workbox instance of the page. Registered once per page load (React may mount the banner twice in
// development); only production builds have a /sw.js to register.
import { Workbox } from 'workbox-window'

let workbox: Workbox | undefined

export function registerServiceWorker(): Workbox | undefined {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator))
    return undefined
  if (!workbox) {
    workbox = new Workbox('/sw.js')
    workbox.register().catch((error: unknown) => {
      // Not fatal: the app still works online. Reported so a broken build does not go unnoticed.
      console.error('service worker registration failed', error instanceof Error ? error.message : error)
    })
    // Look for a new version now and then during a long day in the field (only the small sw.js is fetched).
    setInterval(() => void workbox?.update(), 60 * 60_000)
  }
  return workbox
}
