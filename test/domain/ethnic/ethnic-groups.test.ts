import { describe, expect, it } from 'vitest'
import { ethnicGroupList, ethnicGroups, isEthnicMinority } from '../../../src/domain/ethnic/ethnic-groups.ts'

describe('ethnicGroups', () => {
  it('has the 54 codes 01..54', () => {
    const codes = ethnicGroupList.map((g) => g.code)
    expect(Object.keys(ethnicGroups)).toHaveLength(54)
    expect(codes).toEqual(Array.from({ length: 54 }, (_, i) => String(i + 1).padStart(2, '0')))
  })

  it('names every group once', () => {
    const names = ethnicGroupList.map((g) => g.name)
    expect(new Set(names).size).toBe(names.length)
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
