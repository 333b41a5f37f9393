import { describe, expect, it } from 'vitest'
import { normalizePhone } from '../../../src/domain/phone/normalize-phone.ts'

describe('normalizePhone', () => {
  it.each([
    ['+84 912.345.678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0084912345678', '0912345678'],
    ['0912 345 678', '0912345678'],
    ['0912-345-678', '0912345678'],
    ['(+84) 32 123 4567', '0321234567'],
    ['0841234567', '0841234567'],
  ])('%s → %s', (raw, out) => {
    expect(normalizePhone(raw)).toBe(out)
  })
  it('leaves what it cannot read for the check to reject', () => {
    expect(normalizePhone('12345')).toBe('12345')
  })
})
