// PLACEHOLDER owned by the sync helper: replace the body, keep the export.
export interface SyncStatus {
  /** Registrations in the outbox. */
  waiting: number
  running: boolean
  online: boolean
  lastSyncAt?: number
  lastError?: string
}

export function useSyncStatus(): SyncStatus {
  return { waiting: 0, running: false, online: true }
}
