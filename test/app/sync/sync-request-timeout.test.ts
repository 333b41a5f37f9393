import { describe, expect, it } from 'vitest'
import { classifyFailure } from '../../../src/app/sync/classify-failure.ts'
import { PULL_TIMEOUT_MS, pushTimeoutMs } from '../../../src/app/sync/sync-request-timeout.ts'

describe('pushTimeoutMs', () => {
  it('gives a one-record push at least 15 s', () => {
    expect(pushTimeoutMs(800)).toBeGreaterThanOrEqual(15_000)
    expect(pushTimeoutMs(800)).toBeLessThan(20_000)
  })

  it('leaves a full batch of 100 time to upload at ~16 kbit/s', () => {
    const bytes = 100 * 1_000
    expect(pushTimeoutMs(bytes)).toBeGreaterThanOrEqual((bytes * 8) / 16)
  })

  it('always ends: the pull has a limit too', () => {
    expect(Number.isFinite(pushTimeoutMs(5 * 1024 * 1024))).toBe(true)
    expect(PULL_TIMEOUT_MS).toBeGreaterThan(0)
  })
})

describe('classifyFailure of a request given up on', () => {
  it('backs off as for a lost network, not as a bug', () => {
    expect(classifyFailure(new DOMException('signal timed out', 'TimeoutError')).kind).toBe('offline')
    expect(classifyFailure(new DOMException('aborted', 'AbortError')).kind).toBe('offline')
  })
})
