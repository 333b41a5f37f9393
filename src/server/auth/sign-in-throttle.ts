// Slows password guessing: after `maxFailures` wrong passwords for one key (a username, or a client address)
// inside `windowMs`, that key is refused (429) until the window ends. In memory: a restart forgets, which is
// acceptable for one office server; scrypt already makes each guess cost ~50 ms of CPU.
const MAX_FAILURES = 10
const WINDOW_MS = 15 * 60 * 1000
const MAX_TRACKED = 10_000

export class SignInThrottle {
  private readonly failures = new Map<string, { count: number; resetAt: number }>()
  private readonly maxFailures: number
  private readonly windowMs: number

  constructor(options: { maxFailures?: number; windowMs?: number } = {}) {
    this.maxFailures = options.maxFailures ?? MAX_FAILURES
    this.windowMs = options.windowMs ?? WINDOW_MS
  }

  /** Milliseconds until `key` may try again, or 0. */
  retryAfterMs(key: string, now: Date): number {
    const entry = this.failures.get(key)
    if (!entry) return 0
    if (entry.resetAt <= now.getTime()) {
      this.failures.delete(key)
      return 0
    }
    return entry.count >= this.maxFailures ? entry.resetAt - now.getTime() : 0
  }

  recordFailure(key: string, now: Date): void {
    const entry = this.failures.get(key)
    if (entry && entry.resetAt > now.getTime()) entry.count += 1
    else {
      // Bounded memory when someone sprays random keys: drop the oldest entry.
      if (this.failures.size >= MAX_TRACKED) this.failures.delete(this.failures.keys().next().value as string)
      this.failures.set(key, { count: 1, resetAt: now.getTime() + this.windowMs })
    }
  }

  recordSuccess(key: string): void {
    this.failures.delete(key)
  }
}
