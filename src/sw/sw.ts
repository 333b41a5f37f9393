// Service worker entry: wires the precache, the update handshake and the sync wake-up. Built by
// vite-plugin-pwa (injectManifest) from vite.config.ts; the page registers it with workbox-window.
import { clientsClaim } from 'workbox-core'
import { isSkipWaiting } from '../app/sync/sw-messages.ts'
import { setUpPrecache } from './precache.ts'
import { setUpSyncWakeup } from './sync-wakeup.ts'

declare const self: ServiceWorkerGlobalScope

// A new version waits until the user taps "Cập nhật" (UpdateBanner): activating on its own could swap the
// app under a collector in the middle of a household's form.
self.addEventListener('message', (event) => {
  if (isSkipWaiting(event.data)) void self.skipWaiting()
})

// The first install takes control at once so the app works offline from the first visit; later versions
// only ever activate through SKIP_WAITING above.
clientsClaim()

setUpPrecache()
setUpSyncWakeup()
