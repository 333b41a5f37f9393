// A deadlock or a serialization failure rolls the whole transaction back, so running it again is safe, and the
// caller must not see it: a 5xx is a bug. Bounded, so a transaction that fails every time still
// surfaces. Both Db implementations wrap their top-level transaction in it; nested calls reuse the outer one.

export const MAX_TRANSACTION_ATTEMPTS = 5
// serialization_failure, deadlock_detected
const RETRYABLE = new Set(['40001', '40P01'])

export function isRetryable(e: unknown): boolean {
  return typeof e === 'object' && e !== null && RETRYABLE.has(String((e as { code?: unknown }).code))
}

export async function retryTransaction<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run()
    } catch (e) {
      if (attempt >= MAX_TRANSACTION_ATTEMPTS || !isRetryable(e)) throw e
    }
  }
}
