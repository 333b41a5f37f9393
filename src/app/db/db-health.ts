// Opening the device store, and what happens when it cannot be used: no IndexedDB at all (some private
// modes, locked-down browsers), an open that fails (Firefox private mode, a full disk), or another tab
// that upgraded the database under this one (versionchange). The shell shows a plain message for each
// instead of a blank screen.
import { db } from './db.ts'

export type OpenResult = { ok: true } | { ok: false; reason: 'missing' | 'failed'; name?: string }

/**
 * Opens the store. `onBlocked` is called if the open waits on a tab of an older version that keeps the
 * database open (frozen in the background, say): IndexedDB upgrades only once every other connection has
 * closed, and then this open carries on by itself. A second tab of the new version opened meanwhile waits
 * in line behind the first one's upgrade and hears no `blocked` of its own: it asks the other tabs
 * (BroadcastChannel), and one that is blocked answers, so it shows the same notice instead of nothing.
 */
export async function openDeviceStore(onBlocked?: () => void): Promise<OpenResult> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) return { ok: false, reason: 'missing' }
  let told = false
  const show = () => {
    if (!told) onBlocked?.()
    told = true
  }
  const channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL)
  // Blocked itself: says so to the tabs in line, and answers those that ask later. A tab told by another
  // answers too (it waits on the same old tab); hearing "blocked" never makes a tab send anything back.
  const blocked = () => {
    show()
    channel?.postMessage(BLOCKED)
  }
  if (channel) {
    channel.onmessage = (e: MessageEvent) => {
      if (e.data === BLOCKED) show()
      else if (e.data === ASK && told) channel.postMessage(BLOCKED)
    }
    channel.postMessage(ASK)
  }
  db.on('blocked', blocked)
  try {
    await db.open()
    return { ok: true }
  } catch (e) {
    return { ok: false, reason: 'failed', name: e instanceof Error ? e.name : 'Error' }
  } finally {
    db.on('blocked').unsubscribe(blocked)
    channel?.close()
  }
}

const CHANNEL = 'ghidanh:device-store'
const ASK = 'anyone-blocked?'
const BLOCKED = 'blocked'

let outdated = false
const listeners = new Set<() => void>()

/** True once another tab opened a newer version of the database: this page must reload. */
export const isStoreOutdated = () => outdated

export function subscribeStoreOutdated(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

// Another tab runs a newer app and upgrades the schema. Closing lets its upgrade proceed; IndexedDB
// finishes the transactions already running on this connection first, so a save in flight still
// commits. This page's code no longer matches the schema: it says so and offers a reload.
db.on('versionchange', () => {
  db.close()
  outdated = true
  for (const listener of listeners) listener()
  return false
})
