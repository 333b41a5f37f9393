// Persistent storage and the quota. Without persist() the browser may evict IndexedDB under storage
// pressure — with unsynced registrations in it. Asked once signed in (Chrome decides on its own, usually
// granting an installed or often-used app; Firefox asks the user).
export interface StorageUsage {
  usage: number
  quota: number
  /** usage / quota, 0 when unknown. */
  ratio: number
}

export const STORAGE_WARN_RATIO = 0.8

export async function requestPersistentStorage(): Promise<boolean | undefined> {
  try {
    if (await navigator.storage?.persisted?.()) return true
    return await navigator.storage?.persist?.()
  } catch {
    return undefined
  }
}

/** undefined when the browser cannot tell. */
export async function isStoragePersisted(): Promise<boolean | undefined> {
  try {
    return await navigator.storage?.persisted?.()
  } catch {
    return undefined
  }
}

export async function estimateStorage(): Promise<StorageUsage | undefined> {
  try {
    const estimate = await navigator.storage?.estimate?.()
    if (!estimate?.quota) return undefined
    const usage = estimate.usage ?? 0
    return { usage, quota: estimate.quota, ratio: usage / estimate.quota }
  } catch {
    return undefined
  }
}
