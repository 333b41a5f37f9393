import { describe, expect, it } from 'vitest'
import {
  adminUnitsSource,
  bareName,
  communes,
  communesOfProvince,
  findCommuneByCode,
  provinceOfficialNames,
  unitKind,
} from '../../../src/domain/admin/admin-units.ts'
import { laoCaiSampleCommunes } from '../../../src/domain/admin/lao-cai-communes.ts'
import { provinces } from '../../../src/domain/admin/provinces.ts'
import oldUnits from '../../../src/domain/admin/units/old-units.json'

describe('admin units since 2025-07-01', () => {
  it('has the 34 provinces of provinces.ts, with their official names', () => {
    expect(provinceOfficialNames.size).toBe(34)
    expect([...provinceOfficialNames.keys()].sort()).toEqual(provinces.map((p) => p.code).sort())
    expect(provinceOfficialNames.get('01')).toBe('Thành phố Hà Nội')
    expect(provinceOfficialNames.get('15')).toBe('Lào Cai')
  })

  it('has 3,321 communes with unique 5-digit codes, each in one of the 34 provinces', () => {
    expect(communes).toHaveLength(3321)
    expect(new Set(communes.map((c) => c.code)).size).toBe(3321)
    for (const c of communes) {
      expect(c.code).toMatch(/^\d{5}$/)
      expect(provinceOfficialNames.has(c.provinceCode)).toBe(true)
      expect(c.name).toBe(c.name.normalize('NFC'))
      expect(c.name).toMatch(/^(Xã|Phường|Đặc khu) \S/u)
    }
  })

  it('gives Lào Cai 99 communes and Hà Nội 126', () => {
    expect(communesOfProvince('15')).toHaveLength(99)
    expect(communesOfProvince('01')).toHaveLength(126)
    expect(communesOfProvince('02')).toEqual([])
  })

  it('knows codes of CV 1027/CTK-CSCL', () => {
    expect(findCommuneByCode('03082')).toEqual({ code: '03082', name: 'Xã Văn Bàn', provinceCode: '15' })
    expect(findCommuneByCode('00070')).toEqual({
      code: '00070',
      name: 'Phường Hoàn Kiếm',
      provinceCode: '01',
    })
    expect(findCommuneByCode('04252')?.name).toBe('Phường Yên Bái')
    expect(findCommuneByCode('26732')).toEqual({ code: '26732', name: 'Đặc khu Côn Đảo', provinceCode: '79' })
    expect(findCommuneByCode('99999')).toBeUndefined()
  })

  it('keeps the 18 sample communes of Lào Cai under the same codes and names', () => {
    for (const s of laoCaiSampleCommunes) expect(findCommuneByCode(s.code)).toEqual(s)
  })

  it('sends each of the 63 old provinces where the ID-number table says', () => {
    expect(oldUnits.provinces).toHaveLength(63)
    for (const [oldCode, , newCode] of oldUnits.provinces)
      expect([oldCode, provinces.find((p) => p.oldIdCodes.includes(`0${oldCode}`))?.code]).toEqual([
        oldCode,
        newCode,
      ])
  })

  it('maps every old commune to known communes of its new province, and reaches all 3,321', () => {
    expect(oldUnits.communes).toHaveLength(10047)
    const oldProvinceOfDistrict = new Map(oldUnits.districts.map(([p, d]) => [d, p]))
    const newOfOld = new Map(oldUnits.provinces.map(([o, , n]) => [o, n]))
    const reached = new Set(oldUnits.districts.flatMap((d) => (d[3] === undefined ? [] : [d[3]])))
    for (const [district, , , to] of oldUnits.communes)
      for (const code of (to as string).split(' ')) {
        reached.add(code)
        expect(findCommuneByCode(code)?.provinceCode).toBe(
          newOfOld.get(oldProvinceOfDistrict.get(district) ?? ''),
        )
      }
    expect(reached.size).toBe(3321)
  })

  it('records its source commit and date', () => {
    expect(adminUnitsSource).toEqual({
      repository: 'dvhcvn/20250701',
      commit: 'dd94887ce32324380bc5bb0a76fe39867dafc73b',
      date: '2025-07-12',
    })
  })
})

describe('bareName and unitKind', () => {
  it('drops the kind word, accents and leading zeros', () => {
    expect(bareName('Xã Văn Bàn')).toBe('van ban')
    expect(bareName('  THỊ TRẤN  Khánh Yên ')).toBe('khanh yen')
    expect(bareName('Phường 01')).toBe('1')
    expect(bareName('TP. Hồ Chí Minh')).toBe('ho chi minh')
    expect(bareName('Quảng Ninh')).toBe('quang ninh')
    expect(bareName('Đặc khu Côn Đảo')).toBe('con dao')
  })

  it('names the kind, abbreviations included', () => {
    expect(unitKind('Thị trấn Khánh Yên')).toBe('thi tran')
    expect(unitKind('P. Sa Pa')).toBe('phuong')
    expect(unitKind('Huyện Văn Bàn')).toBe('huyen')
    expect(unitKind('Văn Bàn')).toBe('')
  })
})
