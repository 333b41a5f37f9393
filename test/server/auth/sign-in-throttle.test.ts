import { describe, expect, it } from 'vitest'
import { delayAfter, PAIR_LIMITS, SignInThrottle } from '../../../src/server/auth/sign-in-throttle.ts'

const at = (s: number) => new Date(Date.UTC(2026, 10, 25, 3, 0, s))
/** The username's delay after its 1st…20th failure, in seconds: ten free, then 1, 2, 4 … */
const USERNAME_DELAYS_S = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512]

describe('delayAfter', () => {
  it('is free up to the limit, then doubles from one second to at most 15 minutes', () => {
    expect([4, 5, 6, 7, 8].map((n) => delayAfter(n, PAIR_LIMITS))).toEqual([0, 1000, 2000, 4000, 8000])
    expect(delayAfter(100, PAIR_LIMITS)).toBe(15 * 60 * 1000)
    expect(delayAfter(10_000, PAIR_LIMITS)).toBe(15 * 60 * 1000)
  })
})

describe('SignInThrottle', () => {
  it('stays bounded while 10,000 usernames are sprayed, and the spray does not reset a hot counter', () => {
    const throttle = new SignInThrottle({ maxTracked: 100 })
    // 20 failures at 'victim', each as soon as its delay allows: the next wait is the 15-minute cap.
    let s = 0
    for (let i = 0; i < 20; i++) {
      const attempt = throttle.begin('victim', `198.18.1.${i}`, at(s))
      if (!attempt.allowed) throw new Error(`attempt ${i} refused`)
      attempt.failed()
      s += USERNAME_DELAYS_S[i] ?? 0
    }
    expect(throttle.begin('victim', '198.18.2.1', at(s))).toMatchObject({ allowed: false })
    for (let i = 0; i < 10_000; i++) {
      const attempt = throttle.begin(`spray-${i}`, `203.0.${i % 250}.${i % 7}`, at(s + 1))
      if (attempt.allowed) attempt.failed()
    }
    const { pairs, usernames, addresses } = throttle.tracked
    expect(Math.max(pairs, usernames, addresses)).toBeLessThanOrEqual(100)
    const after = throttle.begin('victim', '198.18.2.1', at(s + 2))
    expect(after).toMatchObject({ allowed: false })
    expect(after.allowed ? 0 : after.retryAfterMs).toBeGreaterThan(15 * 60 * 1000 - 10_000)
  })

  it('a settled attempt cannot be settled twice', () => {
    const throttle = new SignInThrottle()
    const attempt = throttle.begin('staff1', '198.51.100.1', at(0))
    if (!attempt.allowed) throw new Error('first attempt refused')
    attempt.succeeded()
    attempt.succeeded()
    expect(throttle.tracked).toMatchObject({ pairs: 0, usernames: 0, addresses: 0, known: 1 })
  })
})
