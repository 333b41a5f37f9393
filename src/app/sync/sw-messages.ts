// Typed messages between the page and the service worker. The worker imports this file; the page never
// imports from src/sw. Keep the set closed: unknown messages are ignored on both sides.

/** Background Sync tag the page registers when a push fails for lack of network. */
export const SYNC_TAG = 'ghidanh-push'

/** Page → worker: activate the waiting worker (only after the user tapped "Cập nhật"). */
export interface SkipWaitingMessage {
  type: 'SKIP_WAITING'
}

/** Worker → page: the network is back (Background Sync fired); run a sync now. */
export interface SyncRequestedMessage {
  type: 'SYNC_REQUESTED'
  tag: string
}

export type PageToWorkerMessage = SkipWaitingMessage
export type WorkerToPageMessage = SyncRequestedMessage

export function isSyncRequested(data: unknown): data is SyncRequestedMessage {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SYNC_REQUESTED'
}

export function isSkipWaiting(data: unknown): data is SkipWaitingMessage {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING'
}
