import { describe, expect, it } from 'vitest'
import { contentHash } from '../../../src/server/store/content-hash.ts'

describe('contentHash', () => {
  it('ignores key order and undefined keys, not values or array order', () => {
    expect(contentHash({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(
      contentHash({ b: { d: 'x', c: [1, 2] }, a: 1, e: undefined }),
    )
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }))
    expect(contentHash([1, 2])).not.toBe(contentHash([2, 1]))
    expect(contentHash({ a: null })).not.toBe(contentHash({}))
  })
})
