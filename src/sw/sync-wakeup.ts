// Background Sync: the page registers the 'ghidanh-push' tag when a sync cannot run, or fails, while the
// browser knows it is offline (sync-engine.ts). The browser fires `sync` here when connectivity returns (even if the tab is in the background); we ask the open
// pages to run their sync. One push implementation lives in the page (src/app/sync); the worker owns no
// business rules.
import { SYNC_TAG, type WorkerToPageMessage } from '../app/sync/sw-messages.ts'

declare const self: ServiceWorkerGlobalScope

interface SyncEvent extends ExtendableEvent {
  readonly tag: string
}

export function setUpSyncWakeup(): void {
  self.addEventListener('sync', (event) => {
    const syncEvent = event as SyncEvent
    if (syncEvent.tag !== SYNC_TAG) return
    syncEvent.waitUntil(wakeClients(syncEvent.tag))
  })
}

async function wakeClients(tag: string): Promise<void> {
  const clients = await self.clients.matchAll({ type: 'window', includeUncontrolled: true })
  const message: WorkerToPageMessage = { type: 'SYNC_REQUESTED', tag }
  for (const client of clients) client.postMessage(message)
}
