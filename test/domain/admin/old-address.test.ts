import { describe, expect, it } from 'vitest'
import { mapOldAddress } from '../../../src/domain/admin/old-address.ts'

const codes = (text: string) => mapOldAddress(text).candidates.map((c) => c.code)

describe('mapOldAddress', () => {
  it('maps a card address of before 2025-07-01 to today’s commune, keeping the hamlet', () => {
    expect(mapOldAddress('Thôn Nà Mười, Xã Nậm Tha, Huyện Văn Bàn, Tỉnh Lào Cai')).toEqual({
      provinceCode: '15',
      communeCode: '03091',
      candidates: [{ code: '03091', name: 'Xã Chiềng Ken', provinceCode: '15' }],
      village: 'Thôn Nà Mười',
      oldCommune: 'Xã Nậm Tha',
    })
  })

  it('reads the same address without accents, in capitals, or without the kind words', () => {
    for (const text of [
      'thon na muoi, xa nam tha, huyen van ban, tinh lao cai',
      'THÔN NÀ MƯỜI, XÃ NẬM THA, HUYỆN VĂN BÀN, TỈNH LÀO CAI',
      'Nà Mười, Nậm Tha, Văn Bàn, Lào Cai',
      'Thon Na Muoi , X. Nam Tha,H. Van Ban ,Lao Cai',
    ])
      expect([text, mapOldAddress(text).communeCode]).toEqual([text, '03091'])
  })

  it('tells a town (Thị trấn) from a commune (Xã) of the same name', () => {
    // Thị trấn Khánh Yên is now Xã Văn Bàn; Xã Khánh Yên Hạ and Trung are now Xã Khánh Yên.
    expect(mapOldAddress('Tổ 5, Thị trấn Khánh Yên, Huyện Văn Bàn, Tỉnh Lào Cai')).toMatchObject({
      communeCode: '03082',
      village: 'Tổ 5',
      oldCommune: 'Thị trấn Khánh Yên',
    })
    expect(codes('TT Khánh Yên, Văn Bàn, Lào Cai')).toEqual(['03082'])
    expect(codes('Xã Khánh Yên Hạ, Huyện Văn Bàn, Tỉnh Lào Cai')).toEqual(['03103'])
  })

  it('maps wards of a city district, numbered wards with or without the leading zero', () => {
    expect(codes('Tổ 3, Phường Bắc Cường, Thành phố Lào Cai, Tỉnh Lào Cai')).toEqual(['02671'])
    expect(codes('Phường 01, Quận 3, TP. Hồ Chí Minh')).toEqual(codes('P. 1, Q. 3, Thành phố Hồ Chí Minh'))
    expect(mapOldAddress('Phường 1, Quận 3, Thành phố Hồ Chí Minh').candidates).toHaveLength(1)
  })

  it('maps an old province merged into another: Yên Bái is now Lào Cai (15)', () => {
    expect(mapOldAddress('Thị trấn Mù Cang Chải, Huyện Mù Cang Chải, Tỉnh Yên Bái')).toMatchObject({
      provinceCode: '15',
      communeCode: '04456',
    })
  })

  it('gives every commune an old commune was split between, and no code, when it was split', () => {
    const m = mapOldAddress('Số 12 Phan Đình Phùng, Phường Cống Vị, Quận Ba Đình, Thành phố Hà Nội')
    expect(m.provinceCode).toBe('01')
    expect(m.communeCode).toBeUndefined()
    expect(m.candidates.map((c) => c.name)).toEqual(['Phường Ngọc Hà', 'Phường Giảng Võ'])
    expect(m.village).toBe('Số 12 Phan Đình Phùng')
  })

  it('offers both readings of a bare name with no district: today’s commune and the old town', () => {
    const m = mapOldAddress('Khánh Yên, Lào Cai')
    expect(m.communeCode).toBeUndefined()
    expect(m.candidates.map((c) => c.code)).toEqual(['03103', '03082'])
  })

  it('offers the communes of the district when only the old district is given', () => {
    const m = mapOldAddress('Huyện Văn Bàn, Tỉnh Lào Cai')
    expect(m.communeCode).toBeUndefined()
    expect(m.candidates.length).toBeGreaterThan(1)
    expect(m.candidates.map((c) => c.code)).toContain('03082')
    for (const c of m.candidates) expect(c.provinceCode).toBe('15')
  })

  it('reads a two-level address of a card issued since 2025-07-01 against today’s list', () => {
    expect(mapOldAddress('Thôn Nà Mười, Xã Chiềng Ken, Tỉnh Lào Cai')).toMatchObject({
      provinceCode: '15',
      communeCode: '03091',
      village: 'Thôn Nà Mười',
    })
    expect(mapOldAddress('Xã Văn Bàn, Lào Cai').communeCode).toBe('03082')
    expect(mapOldAddress('Phường Lào Cai, Tỉnh Lào Cai').communeCode).toBe('02647')
    expect(mapOldAddress('Thành phố Huế').provinceCode).toBe('46')
  })

  it('never reads today’s list under an old province name', () => {
    // Bình Phước is now part of Đồng Nai, which has its own Xã Tân Phú (26116): not this one.
    expect(codes('Xã Tân Phú, Tỉnh Bình Phước')).not.toContain('26116')
    expect(mapOldAddress('Xã Tân Phú, Tỉnh Bình Phước').provinceCode).toBe('75')
  })

  it('maps an island district to its special zone', () => {
    expect(mapOldAddress('Huyện Côn Đảo, Tỉnh Bà Rịa - Vũng Tàu')).toEqual({
      provinceCode: '79',
      communeCode: '26732',
      candidates: [{ code: '26732', name: 'Đặc khu Côn Đảo', provinceCode: '79' }],
    })
  })

  it('uses the corrected table: Xã Tân Phú of Châu Thành (An Giang) is now Xã Vĩnh An', () => {
    expect(codes('Xã Tân Phú, Huyện Châu Thành, Tỉnh An Giang')).toEqual(['30604'])
  })

  it('keeps the province when the commune is unknown, and says nothing about garbage', () => {
    expect(mapOldAddress('Bản Không Có, Tỉnh Lào Cai')).toEqual({ provinceCode: '15', candidates: [] })
    expect(mapOldAddress('')).toEqual({ candidates: [] })
    expect(mapOldAddress('https://example.com/?a=1,b=2')).toEqual({ candidates: [] })
    expect(mapOldAddress(',,,  ,')).toEqual({ candidates: [] })
  })
})
