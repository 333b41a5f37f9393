// The app shell works with no network: every built file is precached, and any navigation (a deep link such
// as /queue, opened offline) gets index.html. /api is never cached or answered here: stale registrations or
// review decisions served from a cache would be worse than an honest "offline".
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching'
import { NavigationRoute, registerRoute } from 'workbox-routing'

declare const self: ServiceWorkerGlobalScope

export function setUpPrecache(): void {
  precacheAndRoute(self.__WB_MANIFEST)
  cleanupOutdatedCaches()
  registerRoute(
    new NavigationRoute(createHandlerBoundToURL('/index.html'), {
      denylist: [/^\/api\//],
    }),
  )
}
