import { describe, expect, it } from 'vitest'
import { toRow, type InsuredPerson } from '../../../src/domain/insured/insured-person.ts'
import { buildInsuredIndex, searchInsured } from '../../../src/domain/insured/search-insured.ts'

const person = (
  idNumber: string,
  fullName: string,
  dateOfBirth: string,
  householdCode?: string,
): InsuredPerson => ({
  idNumber,
  fullName,
  dateOfBirth,
  sex: 'female',
  communeCode: '02683',
  ...(householdCode ? { householdCode } : {}),
})

const index = buildInsuredIndex(
  [
    person('010190001234', 'Lường Thị Mai', '1990-03-07', 'HO1'),
    person('010085004321', 'Lường Văn Páo', '1985', 'HO1'),
    person('010192005555', 'Hoàng Thị Mai', '1992'),
    person('010170009999', 'Lò Thị Maiy', '1970'),
  ].map(toRow),
)
const names = (q: string) => searchInsured(index, q).map((m) => m.person.fullName)

describe('searchInsured', () => {
  it('finds a name typed without diacritics, the last word as it is being typed', () => {
    expect(names('luong thi mai')).toEqual(['Lường Thị Mai'])
    expect(names('thi ma')).toEqual(['Lường Thị Mai', 'Hoàng Thị Mai', 'Lò Thị Maiy'])
    expect(names('LUONG')).toEqual(['Lường Thị Mai', 'Lường Văn Páo'])
  })

  it('narrows by birth year, and finds by the start of the ID number', () => {
    expect(names('mai 1992')).toEqual(['Hoàng Thị Mai'])
    expect(names('0101900')).toEqual(['Lường Thị Mai'])
    expect(names('010190001234')).toEqual(['Lường Thị Mai'])
  })

  it('shows the whole household with each match', () => {
    const [mai] = searchInsured(index, 'luong thi mai')
    expect(mai?.household.map((m) => m.fullName)).toEqual(['Lường Thị Mai', 'Lường Văn Páo'])
    expect(searchInsured(index, 'hoang')[0]?.household.map((m) => m.fullName)).toEqual(['Hoàng Thị Mai'])
  })

  it('answers nothing to a query too short to mean anything', () => {
    expect(names('m')).toEqual([])
    expect(names('01')).toEqual([])
    expect(names('  ')).toEqual([])
  })
})
