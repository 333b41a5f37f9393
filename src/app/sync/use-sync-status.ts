// What the status line and the "Gửi ngay" button need: how many registrations wait, whether a run is going,
// whether the browser thinks it is online, and how the last run ended.
import { useLiveQuery } from 'dexie-react-hooks'
import { useSyncExternalStore } from 'react'
import { db } from '../db/db.ts'
import { getEngineState, subscribeEngineState } from './sync-status-store.ts'

export interface SyncStatus {
  /** Registrations in the outbox. */
  waiting: number
  running: boolean
  online: boolean
  lastSyncAt?: number
  lastError?: string
  /** The server answered 401: nothing is sent until the user signs in again (nothing is deleted either). */
  needsSignIn: boolean
}

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener)
  window.addEventListener('offline', listener)
  return () => {
    window.removeEventListener('online', listener)
    window.removeEventListener('offline', listener)
  }
}

const getOnline = () => navigator.onLine
const getServerOnline = () => true

export function useSyncStatus(): SyncStatus {
  const engine = useSyncExternalStore(subscribeEngineState, getEngineState, getEngineState)
  const online = useSyncExternalStore(subscribeOnline, getOnline, getServerOnline)
  const waiting = useLiveQuery(countWaiting, [], 0)
  return {
    waiting,
    running: engine.running,
    online,
    needsSignIn: engine.needsSignIn,
    ...(engine.lastSyncAt === undefined ? {} : { lastSyncAt: engine.lastSyncAt }),
    ...(engine.lastError === undefined ? {} : { lastError: engine.lastError }),
  }
}

/**
 * What the next push will send. Held entries (conflict, rejected) wait for the collector, not for the network:
 * not "waiting to send". Two counts from the indexes: the whole outbox, and the held entries (schema v7).
 */
export async function countWaiting(): Promise<number> {
  return db.transaction('r', db.outbox, async () => {
    const [all, held] = await Promise.all([db.outbox.count(), db.outbox.orderBy('heldFor').count()])
    return all - held
  })
}
