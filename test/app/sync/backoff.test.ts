import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  backoffDelay,
  DEFAULT_BACKOFF_BASE_MS,
  DEFAULT_BACKOFF_CAP_MS,
} from '../../../src/app/sync/backoff.ts'

describe('backoffDelay', () => {
  it('is zero with a zero draw and just under the ceiling with the highest draw', () => {
    expect(backoffDelay(1, () => 0)).toBe(0)
    expect(backoffDelay(1, () => 0.999999)).toBe(DEFAULT_BACKOFF_BASE_MS - 1)
    expect(backoffDelay(3, () => 0.999999)).toBe(4 * DEFAULT_BACKOFF_BASE_MS - 1)
  })

  it('grows exponentially until the cap, then stays under it', () => {
    const top = (n: number) => backoffDelay(n, () => 0.999999999)
    expect(top(2)).toBeGreaterThan(top(1))
    expect(top(5)).toBeGreaterThan(top(4))
    expect(top(20)).toBe(DEFAULT_BACKOFF_CAP_MS - 1)
    expect(top(10_000)).toBe(DEFAULT_BACKOFF_CAP_MS - 1)
  })

  it('always lies in [0, min(cap, base·2^(n-1))) for any failure count and draw', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (n, r) => {
          const d = backoffDelay(n, () => r)
          const ceiling = Math.min(DEFAULT_BACKOFF_CAP_MS, DEFAULT_BACKOFF_BASE_MS * 2 ** Math.max(0, n - 1))
          return Number.isInteger(d) && d >= 0 && d < ceiling
        },
      ),
    )
  })

  it('honours custom base and cap', () => {
    expect(backoffDelay(10, () => 0.5, { baseMs: 100, capMs: 1_000 })).toBe(500)
  })
})
