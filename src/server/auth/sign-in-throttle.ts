// Slows password guessing: after MAX_FAILURES wrong passwords for one username inside WINDOW_MS, that
// username is refused (429) until the window ends. In memory: a restart forgets, which is acceptable for
// one office server; scrypt already makes each guess cost ~50 ms of CPU.
const MAX_FAILURES = 10
const WINDOW_MS = 15 * 60 * 1000
const MAX_TRACKED = 10_000

export class SignInThrottle {
  private readonly failures = new Map<string, { count: number; resetAt: number }>()

  /** Milliseconds until `username` may try again, or 0. */
  retryAfterMs(username: string, now: Date): number {
    const entry = this.failures.get(username)
    if (!entry) return 0
    if (entry.resetAt <= now.getTime()) {
      this.failures.delete(username)
      return 0
    }
    return entry.count >= MAX_FAILURES ? entry.resetAt - now.getTime() : 0
  }

  recordFailure(username: string, now: Date): void {
    const entry = this.failures.get(username)
    if (entry && entry.resetAt > now.getTime()) entry.count += 1
    else {
      // Bounded memory when someone sprays random usernames: drop the oldest entry.
      if (this.failures.size >= MAX_TRACKED) this.failures.delete(this.failures.keys().next().value as string)
      this.failures.set(username, { count: 1, resetAt: now.getTime() + WINDOW_MS })
    }
  }

  recordSuccess(username: string): void {
    this.failures.delete(username)
  }
}
