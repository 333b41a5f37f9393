import { describe, expect, it } from 'vitest'
import { clampIdNumber } from '../../../../src/app/features/enrol/parse-form-fields.ts'

describe('clampIdNumber (issue #9 §4.7)', () => {
  it('keeps at most 12 digits: a 13th is not taken', () => {
    expect(clampIdNumber('0100857744011')).toBe('010085774401')
  })
  it('drops spaces, dots and anything not a digit, so a spaced paste fits', () => {
    expect(clampIdNumber('010 085 774401')).toBe('010085774401')
    expect(clampIdNumber('010.085-7744a')).toBe('0100857744')
  })
})
