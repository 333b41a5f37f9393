import { describe, expect, it } from 'vitest'
import { normalizeName } from '../../../src/domain/names/normalize-name.ts'
import { fullNameSchema } from '../../../src/domain/registration/registration-schema.ts'

describe('normalizeName', () => {
  it('trims, collapses spaces and capitalises each word', () => {
    expect(normalizeName('  nguyễn   văn  a ')).toBe('Nguyễn Văn A')
    expect(normalizeName('ĐẶNG THỊ ÁNH')).toBe('Đặng Thị Ánh')
    expect(normalizeName('đỗ\tđức  ước')).toBe('Đỗ Đức Ước')
  })
  it('turns NFD input into NFC', () => {
    const nfd = 'Nguyễn Thị Ánh'.normalize('NFD')
    const out = normalizeName(nfd)
    expect(out).toBe('Nguyễn Thị Ánh'.normalize('NFC'))
    expect(out).toBe(out.normalize('NFC'))
  })
  it('capitalises after apostrophes and hyphens (ethnic names)', () => {
    expect(normalizeName('h’hen niê')).toBe("H'Hen Niê")
    expect(normalizeName('y-moan ênuôl')).toBe('Y-Moan Ênuôl')
  })
  it('produces names the registration schema accepts', () => {
    for (const raw of ['  lò   văn  páo', 'GIÀNG A SÌNH', 'hoàng thị ly'.normalize('NFD')]) {
      expect(fullNameSchema.safeParse(normalizeName(raw)).success).toBe(true)
    }
  })
  it('refuses a name mixing Latin with Cyrillic or Greek letters, in Vietnamese (issue #10)', () => {
    for (const name of ['Đặng Thị Huуền', 'Nguyễn Vαn A']) {
      const parsed = fullNameSchema.safeParse(name)
      expect(parsed.success).toBe(false)
      expect(parsed.error?.issues[0]?.message).toMatch(/bàn phím tiếng Việt/)
    }
    for (const name of ['Ðặng Thị Huyền', 'Đặng Thị Huyền', "H'Hen Niê"]) {
      expect(fullNameSchema.safeParse(name).success).toBe(true)
    }
  })
})
