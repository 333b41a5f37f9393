// Retry delay after failed sync runs: exponential with full jitter (AWS architecture blog, "Exponential
// Backoff and Jitter"). Full jitter spreads a whole village's phones out when the office server comes back,
// instead of having them all retry on the same second.
export interface BackoffOptions {
  /** Delay ceiling before jitter for the first retry. */
  baseMs?: number
  /** No wait is ever longer than this: a collector should not wait more than ~5 minutes for a retry. */
  capMs?: number
}

export const DEFAULT_BACKOFF_BASE_MS = 2_000
export const DEFAULT_BACKOFF_CAP_MS = 5 * 60_000

/**
 * Delay before retry number `failures` (1 = first retry after one failure).
 * `random` returns a number in [0, 1), injected so tests are deterministic.
 */
export function backoffDelay(
  failures: number,
  random: () => number = Math.random,
  { baseMs = DEFAULT_BACKOFF_BASE_MS, capMs = DEFAULT_BACKOFF_CAP_MS }: BackoffOptions = {},
): number {
  const n = Math.max(0, Math.floor(failures) - 1)
  // 2 ** n overflows to Infinity for large n; Math.min keeps it at the cap.
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.min(n, 52))
  return Math.floor(random() * ceiling)
}
