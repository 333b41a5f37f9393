import { describe, expect, it } from 'vitest'
import { communesNamed, searchCommunes } from '../../../src/domain/admin/search-communes.ts'

const names = (list: { name: string; code: string }[]) => list.map((c) => `${c.code} ${c.name}`)

describe('searchCommunes', () => {
  it('finds Xã Văn Bàn typed without accents, first in its province', () => {
    expect(names(searchCommunes('van ban', { provinceCode: '15' })).slice(0, 1)).toEqual(['03082 Xã Văn Bàn'])
    expect(searchCommunes('Văn Bàn')[0]?.code).toBe('03082')
    expect(searchCommunes('xa van ban')[0]?.code).toBe('03082')
    expect(searchCommunes('  VAN   BAN ')[0]?.code).toBe('03082')
  })

  it('puts the same name before longer ones, and the chosen province first', () => {
    const list = searchCommunes('bat xat', { provinceCode: '15' })
    expect(list[0]).toEqual({ code: '02683', name: 'Xã Bát Xát', provinceCode: '15' })
    const yenThe = searchCommunes('yen', { provinceCode: '15', limit: 500 })
    const firstElsewhere = yenThe.findIndex((c) => c.provinceCode !== '15')
    // Inside the "starts with" tier, Lào Cai's come before the others.
    expect(yenThe.slice(0, firstElsewhere).every((c) => c.provinceCode === '15')).toBe(true)
    expect(firstElsewhere).toBeGreaterThan(0)
  })

  it('finds by a word inside the name and by code', () => {
    expect(names(searchCommunes('cang chai', { provinceCode: '15' }))).toContain('04456 Xã Mù Cang Chải')
    expect(names(searchCommunes('04456'))).toEqual(['04456 Xã Mù Cang Chải'])
  })

  it('finds nothing for an empty query and stops at the limit', () => {
    expect(searchCommunes('')).toEqual([])
    expect(searchCommunes('xã ')).toEqual([])
    expect(searchCommunes('a', { limit: 5 })).toHaveLength(5)
  })
})

describe('communesNamed', () => {
  it('knows a typed name in its province only, with or without its kind word', () => {
    expect(names(communesNamed('Xã Y Tý', '15'))).toEqual(['02701 Xã Y Tý'])
    expect(names(communesNamed('y ty', '15'))).toEqual(['02701 Xã Y Tý'])
    expect(communesNamed('Xã Y Tý', '01')).toEqual([])
    expect(communesNamed('', '15')).toEqual([])
  })

  it('tells apart Văn Lang and Văn Lăng (Thái Nguyên), which fold alike when the accents are typed, offers both when not', () => {
    const [a, b] = communesNamed('van lang', '19')
    expect([a?.name, b?.name].sort()).toEqual(['Xã Văn Lang', 'Xã Văn Lăng'].sort())
    expect(communesNamed('Xã Văn Lang', '19').map((c) => c.name)).toEqual(['Xã Văn Lang'])
    expect(communesNamed('văn lăng', '19').map((c) => c.name)).toEqual(['Xã Văn Lăng'])
  })
})
