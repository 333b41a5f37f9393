import { describe, expect, it } from 'vitest'
import { foldName } from '../../../src/domain/names/fold-name.ts'

describe('foldName', () => {
  it('strips diacritics, maps đ to d and lower-cases', () => {
    expect(foldName('Đặng Thị Ánh')).toBe('dang thi anh')
    expect(foldName('Nguyễn Văn Ước')).toBe('nguyen van uoc')
    expect(foldName('  Lò   Văn Páo ')).toBe('lo van pao')
  })
  it('folds NFC and NFD alike', () => {
    expect(foldName('Hoàng Thị Lý'.normalize('NFD'))).toBe(foldName('Hoàng Thị Lý'.normalize('NFC')))
  })
  it('folds look-alike letters like the real ones (issue #10)', () => {
    // Cyrillic у (U+0443) in "Huуền", Ð (U+00D0) for Đ, fullwidth Ｌ (U+FF2C).
    expect(foldName('Đặng Thị Huуền')).toBe('dang thi huyen')
    expect(foldName('Ðặng Thị Huyền')).toBe('dang thi huyen')
    expect(foldName('Ｌục Văn Ｐáo')).toBe('luc van pao')
    expect(foldName('ƉẶNG ΤΗỊ ΑΝΗ')).toBe('dang thi anh')
    expect(foldName('Lò Thị Hoa'.normalize('NFD'))).toBe('lo thi hoa')
  })
})
