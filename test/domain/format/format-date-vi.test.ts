import { describe, expect, it } from 'vitest'
import { formatDateTimeVi, formatDateVi, formatMonthVi } from '../../../src/domain/format/format-date-vi.ts'

describe('formatDateVi', () => {
  it('writes dd/mm/yyyy and keeps partial precision', () => {
    expect(formatDateVi('2026-11-25')).toBe('25/11/2026')
    expect(formatDateVi('1958-03')).toBe('03/1958')
    expect(formatDateVi('1958')).toBe('1958')
  })
  it('reads an instant as its date in Vietnam', () => {
    expect(formatDateVi('2026-11-24T18:30:00Z')).toBe('25/11/2026')
  })
  it('rejects garbage', () => {
    expect(() => formatDateVi('25/11/2026')).toThrow(RangeError)
  })
})

describe('formatMonthVi', () => {
  it('writes mm/yyyy', () => {
    expect(formatMonthVi('2026-11-25')).toBe('11/2026')
    expect(formatMonthVi('2026-03')).toBe('03/2026')
  })
})

describe('formatDateTimeVi (issue #9 §4.7)', () => {
  it('writes dd/mm/yyyy HH:mm in Vietnam time, with leading zeros', () => {
    expect(formatDateTimeVi('2026-12-05T07:03:00Z')).toBe('05/12/2026 14:03')
    expect(formatDateTimeVi(Date.parse('2026-12-04T20:05:00Z'))).toBe('05/12/2026 03:05')
  })
})
