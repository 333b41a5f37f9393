import { describe, expect, it } from 'vitest'
import { formatVnd, groupThousands } from '../../../src/domain/format/format-vnd.ts'

describe('formatVnd', () => {
  it('groups with dots and puts an ASCII space before ₫', () => {
    expect(formatVnd(1_366_200)).toBe('1.366.200 ₫')
    expect(formatVnd(0)).toBe('0 ₫')
    expect(formatVnd(999)).toBe('999 ₫')
    expect(formatVnd(1000)).toBe('1.000 ₫')
  })
  it('writes "đồng" for forms', () => {
    expect(formatVnd(1_366_200, 'đồng')).toBe('1.366.200 đồng')
  })
  it('keeps the sign and refuses fractions', () => {
    expect(groupThousands(-1_500_000)).toBe('-1.500.000')
    expect(() => formatVnd(1.5)).toThrow(RangeError)
  })
})
