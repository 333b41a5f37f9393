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
})
