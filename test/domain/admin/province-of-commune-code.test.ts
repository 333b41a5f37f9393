import { describe, expect, it } from 'vitest'
import { provinceOfCommuneCode } from '../../../src/domain/admin/province-of-commune-code.ts'
import communes from '../../../src/domain/admin/units/communes.json'

describe('provinceOfCommuneCode', () => {
  it('knows known communes', () => {
    expect(provinceOfCommuneCode('02683')).toBe('15') // Xã Bát Xát, Lào Cai
    expect(provinceOfCommuneCode('00004')).toBe('01') // Phường Ba Đình, Hà Nội
  })

  it('agrees with the commune list for all 3,321 communes (the runs are regenerated with it)', () => {
    const rows = communes.communes as unknown as [string, string, string][]
    expect(rows).toHaveLength(3321)
    const wrong = rows.filter(([code, province]) => provinceOfCommuneCode(code) !== province)
    expect(wrong).toEqual([])
  })

  it('knows no province for a code outside every run', () => {
    expect(provinceOfCommuneCode('00000')).toBeUndefined()
    expect(provinceOfCommuneCode('99999')).toBeUndefined()
  })
})
