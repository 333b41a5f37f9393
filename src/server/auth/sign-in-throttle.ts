// Slows password guessing without handing an attacker a way to lock the right person out.
//
// Three counters of recent wrong passwords: per (username, address) pair, per username and per address. Past
// a few free failures each key must wait a delay that doubles with every further failure (1 s, 2 s, 4 s … up
// to 15 minutes) since its last failure; a key is forgotten an hour after its last failure. A pair that has
// signed in successfully before is "known": only its own pair counter applies to it, so ten wrong guesses from
// elsewhere, or a colleague's typos behind the commune office's one NAT address, never keep the real user out.
//
// Attempts are reserved before the password is checked (scrypt is asynchronous): a burst of 200 concurrent
// guesses sees the reservations of the ones before it, so no more are checked than the limits allow.
//
// In memory: a restart forgets, acceptable for one office server. Each table is bounded; when one is full, the
// coldest entry (fewest failures, then oldest) makes room, so spraying new keys never resets a hot one.

export interface ThrottleLimits {
  /** Failures before the first delay. */
  free: number
}

export const PAIR_LIMITS: ThrottleLimits = { free: 5 }
export const USERNAME_LIMITS: ThrottleLimits = { free: 10 }
/** Higher: a commune office signs everyone in from one NAT address. */
export const ADDRESS_LIMITS: ThrottleLimits = { free: 50 }

const FIRST_DELAY_MS = 1000
const MAX_DELAY_MS = 15 * 60 * 1000
const FORGET_AFTER_MS = 60 * 60 * 1000
const KNOWN_FOR_MS = 90 * 24 * 60 * 60 * 1000
const MAX_TRACKED = 10_000

interface Counter {
  failures: number
  lastFailureAt: number
}

/** The wait a key with `failures` owes since its last failure. Pure, exported for its test. */
export function delayAfter(failures: number, limits: ThrottleLimits): number {
  const over = failures - limits.free
  if (over < 0) return 0
  return Math.min(FIRST_DELAY_MS * 2 ** Math.min(over, 30), MAX_DELAY_MS)
}

class CounterTable {
  private readonly entries = new Map<string, Counter>()

  constructor(
    private readonly limits: ThrottleLimits,
    private readonly maxTracked: number,
  ) {}

  waitMs(key: string, now: number): number {
    const entry = this.live(key, now)
    if (!entry) return 0
    return Math.max(0, entry.lastFailureAt + delayAfter(entry.failures, this.limits) - now)
  }

  fail(key: string, now: number): void {
    const entry = this.live(key, now)
    if (entry) {
      entry.failures += 1
      entry.lastFailureAt = now
      return
    }
    if (this.entries.size >= this.maxTracked) this.makeRoom(now)
    this.entries.set(key, { failures: 1, lastFailureAt: now })
  }

  /** Takes back one failure (a reserved attempt whose password was right). */
  unfail(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    entry.failures -= 1
    if (entry.failures <= 0) this.entries.delete(key)
  }

  forget(key: string): void {
    this.entries.delete(key)
  }

  get size(): number {
    return this.entries.size
  }

  private live(key: string, now: number): Counter | undefined {
    const entry = this.entries.get(key)
    if (entry && now - entry.lastFailureAt > FORGET_AFTER_MS) {
      this.entries.delete(key)
      return undefined
    }
    return entry
  }

  private makeRoom(now: number): void {
    let coldest: [string, Counter] | undefined
    for (const item of this.entries) {
      if (now - item[1].lastFailureAt > FORGET_AFTER_MS) {
        this.entries.delete(item[0])
        return
      }
      if (
        !coldest ||
        item[1].failures < coldest[1].failures ||
        (item[1].failures === coldest[1].failures && item[1].lastFailureAt < coldest[1].lastFailureAt)
      ) {
        coldest = item
      }
    }
    if (coldest) this.entries.delete(coldest[0])
  }
}

/** What `begin` decided: wait, or go ahead and report the outcome exactly once. */
export type SignInAttempt =
  { allowed: false; retryAfterMs: number } | { allowed: true; succeeded(): void; failed(): void }

export class SignInThrottle {
  private readonly pairs: CounterTable
  private readonly usernames: CounterTable
  private readonly addresses: CounterTable
  /** `username\u0000address` → when that pair last signed in. */
  private readonly known = new Map<string, number>()
  private readonly maxTracked: number

  constructor(options: { maxTracked?: number } = {}) {
    this.maxTracked = options.maxTracked ?? MAX_TRACKED
    this.pairs = new CounterTable(PAIR_LIMITS, this.maxTracked)
    this.usernames = new CounterTable(USERNAME_LIMITS, this.maxTracked)
    this.addresses = new CounterTable(ADDRESS_LIMITS, this.maxTracked)
  }

  /**
   * Decides at once (no await between the check and the reservation): either the caller waits, or one attempt
   * is reserved as a failure until `succeeded()` takes it back.
   */
  begin(username: string, address: string, now: Date): SignInAttempt {
    const at = now.getTime()
    const pair = `${username}\u0000${address}`
    const knownAt = this.known.get(pair)
    const isKnown = knownAt !== undefined && at - knownAt <= KNOWN_FOR_MS
    const waitMs = Math.max(
      this.pairs.waitMs(pair, at),
      isKnown ? 0 : this.usernames.waitMs(username, at),
      isKnown ? 0 : this.addresses.waitMs(address, at),
    )
    if (waitMs > 0) return { allowed: false, retryAfterMs: waitMs }
    this.pairs.fail(pair, at)
    if (!isKnown) {
      this.usernames.fail(username, at)
      this.addresses.fail(address, at)
    }
    let settled = false
    return {
      allowed: true,
      succeeded: () => {
        if (settled) return
        settled = true
        this.pairs.forget(pair)
        // Only this attempt's reservation is taken back: a success neither launders an address's spray nor
        // hands a distributed guesser a fresh allowance on the account.
        if (!isKnown) {
          this.usernames.unfail(username)
          this.addresses.unfail(address)
        }
        if (this.known.size >= this.maxTracked && !this.known.has(pair)) {
          this.known.delete(this.known.keys().next().value as string)
        }
        this.known.delete(pair)
        this.known.set(pair, at)
      },
      failed: () => {
        settled = true
      },
    }
  }

  /** Entries held, for the bound's test. */
  get tracked(): { pairs: number; usernames: number; addresses: number; known: number } {
    return {
      pairs: this.pairs.size,
      usernames: this.usernames.size,
      addresses: this.addresses.size,
      known: this.known.size,
    }
  }
}
