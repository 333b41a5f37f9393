import { describe, expect, it } from 'vitest'
import { checkPhone } from '../../../src/domain/phone/check-phone.ts'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'

const ON = '2026-11-25'
const PATTERN = /^0(3[2-9]|5[25689]|7[06-9]|8[1-9]|9[0-46-9])\d{7}$/

describe('checkPhone', () => {
  it('accepts a known prefix and names the carrier', () => {
    expect(checkPhone('+84 98 765 4321', defaultRules, ON)).toEqual({
      phone: '0987654321',
      carrier: 'Viettel',
      issues: [],
    })
  })

  it('warns on an unknown prefix', () => {
    const r = checkPhone('0201234567', defaultRules, ON)
    expect(r.issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'invalid_phone' })])
  })

  it('is an error when not 10 digits from 0', () => {
    expect(checkPhone('091234567', defaultRules, ON).issues[0]?.severity).toBe('error')
    expect(checkPhone('abc', defaultRules, ON).issues[0]?.severity).toBe('error')
  })

  it('prefix table matches the domain.md §4.3 regex', () => {
    for (let p = 0; p < 100; p++) {
      const phone = `0${String(p).padStart(2, '0')}1234567`
      const known = checkPhone(phone, defaultRules, ON).issues.length === 0
      expect(known, phone).toBe(PATTERN.test(phone))
    }
  })
})
