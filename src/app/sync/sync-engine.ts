// PLACEHOLDER owned by the sync helper: replace the bodies, keep the exports.
export interface SyncReport {
  pushed: number
  accepted: number
  rejected: number
  conflicts: number
  pulled: number
}

/** Starts background sync (start, online event, timer with backoff, SW wake-up). Returns a stop function. */
export function startSyncEngine(): () => void {
  return () => {}
}

/** Push the outbox and pull review decisions now. Never throws for network faults. */
export async function syncNow(): Promise<SyncReport> {
  return { pushed: 0, accepted: 0, rejected: 0, conflicts: 0, pulled: 0 }
}
