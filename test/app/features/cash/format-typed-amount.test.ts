import { describe, expect, it } from 'vitest'
import { formatTypedAmount, typedAmountValue } from '../../../../src/app/features/cash/format-typed-amount.ts'

describe('formatTypedAmount (issue #9 §4.6)', () => {
  it('groups thousands with dots as the digits come', () => {
    expect(formatTypedAmount('1')).toBe('1')
    expect(formatTypedAmount('1069')).toBe('1.069')
    expect(formatTypedAmount('10695960')).toBe('10.695.960')
  })
  it('re-groups after a digit is typed into an already grouped value', () => {
    expect(formatTypedAmount('10.695.9601')).toBe('106.959.601')
    expect(formatTypedAmount('10.695.96')).toBe('1.069.596')
  })
  it('is empty for nothing or no digits, and drops leading zeros', () => {
    expect(formatTypedAmount('')).toBe('')
    expect(formatTypedAmount('abc')).toBe('')
    expect(formatTypedAmount('000')).toBe('0')
    expect(formatTypedAmount('0012')).toBe('12')
  })
})

describe('typedAmountValue', () => {
  it('reads what formatTypedAmount wrote, and nothing that is not an amount', () => {
    expect(typedAmountValue('10.695.960')).toBe(10_695_960)
    expect(typedAmountValue('0')).toBe(0)
    expect(typedAmountValue('')).toBeUndefined()
    expect(typedAmountValue('12a')).toBeUndefined()
    expect(typedAmountValue('1.000.000.000.000')).toBeUndefined()
  })
})
