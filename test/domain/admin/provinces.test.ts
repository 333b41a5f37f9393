import { describe, expect, it } from 'vitest'
import { findProvince, provinces } from '../../../src/domain/admin/provinces.ts'
import { laoCaiSampleCommunes } from '../../../src/domain/admin/lao-cai-communes.ts'
import { idProvinceCodes } from '../../../src/domain/identity/id-province-codes.ts'

describe('provinces', () => {
  it('has 34 provinces with unique 2-digit codes', () => {
    expect(provinces).toHaveLength(34)
    expect(new Set(provinces.map((p) => p.code)).size).toBe(34)
    for (const p of provinces) expect(p.code).toMatch(/^\d{2}$/)
  })

  it('maps each of the 63 old ID codes to exactly one new province', () => {
    const old = provinces.flatMap((p) => p.oldIdCodes)
    expect(old).toHaveLength(63)
    expect(new Set(old)).toEqual(new Set(Object.keys(idProvinceCodes)))
  })

  it('puts Yên Bái (015) and Lào Cai (010) in Lào Cai (15)', () => {
    const ofOldIdCode = (old: string) => provinces.find((p) => p.oldIdCodes.includes(old))
    expect(ofOldIdCode('015')?.name).toBe('Lào Cai')
    expect(ofOldIdCode('010')?.code).toBe('15')
    expect(findProvince('15')?.name).toBe('Lào Cai')
    expect(findProvince('02')).toBeUndefined()
  })
})

describe('laoCaiSampleCommunes', () => {
  it('has 18 communes with 5-digit codes in province 15', () => {
    expect(laoCaiSampleCommunes).toHaveLength(18)
    expect(new Set(laoCaiSampleCommunes.map((c) => c.code)).size).toBe(18)
    for (const c of laoCaiSampleCommunes) {
      expect(c.code).toMatch(/^\d{5}$/)
      expect(c.provinceCode).toBe('15')
    }
  })
})
