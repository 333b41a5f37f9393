import { describe, expect, it } from 'vitest'
import {
  ethnicAliases,
  ethnicGroupList,
  ethnicGroups,
  findEthnicCode,
  isEthnicMinority,
} from '../../../src/domain/ethnic/ethnic-groups.ts'
import { foldName } from '../../../src/domain/names/fold-name.ts'

describe('ethnicGroups', () => {
  it('has the 54 codes 01..54', () => {
    const codes = ethnicGroupList.map((g) => g.code)
    expect(Object.keys(ethnicGroups)).toHaveLength(54)
    expect(codes).toEqual(Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')))
  })

  it('finds names and aliases whatever the diacritics, case and punctuation', () => {
    expect(findEthnicCode('Hmông')).toBe('08')
    expect(findEthnicCode("H'Mông")).toBe('08')
    expect(findEthnicCode('mong')).toBe('08')
    expect(findEthnicCode('Xa Phó')).toBe('40')
    expect(findEthnicCode('bru van kieu')).toBe('23')
    expect(findEthnicCode('Khmer')).toBe('05')
    expect(findEthnicCode('Giáy')).toBe('25')
    expect(findEthnicCode('8')).toBe('08')
    expect(findEthnicCode('Martian')).toBeUndefined()
    expect(findEthnicCode('55')).toBeUndefined()
  })

  it('never maps one spelling to two groups', () => {
    const seen = new Map<string, string>()
    const all = [
      ...Object.entries(ethnicGroups).map(([c, n]) => [c, n] as const),
      ...Object.entries(ethnicAliases).flatMap(([c, as]) => as.map((a) => [c, a] as const)),
    ]
    for (const [code, name] of all) {
      const key = foldName(name).replace(/[^a-z0-9]/g, '')
      expect(seen.get(key) ?? code, `${name}`).toBe(code)
      seen.set(key, code)
    }
  })

  it('common Lào Cai groups resolve', () => {
    for (const name of ['Kinh', 'Hmông', 'Tày', 'Dao', 'Giáy', 'Nùng', 'Hà Nhì', 'Phù Lá', 'Thái', 'Mường']) {
      expect(findEthnicCode(name), name).toBeDefined()
    }
  })
})

describe('isEthnicMinority', () => {
  it('is every known code except 01', () => {
    expect(isEthnicMinority('01')).toBe(false)
    expect(isEthnicMinority('08')).toBe(true)
    expect(isEthnicMinority('54')).toBe(true)
    expect(isEthnicMinority('55')).toBe(false)
  })
})
