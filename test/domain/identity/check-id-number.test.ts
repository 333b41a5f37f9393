import { describe, expect, it } from 'vitest'
import { checkIdNumber, parseIdNumber } from '../../../src/domain/identity/check-id-number.ts'

// Made-up numbers: PPP 015 (Yên Bái), G 0 = male 1900s / 3 = female 2000s.
const MAN_1985_YEN_BAI = '015085123456'
const WOMAN_2003_LAO_CAI = '010303654321'

describe('parseIdNumber', () => {
  it('reads province, century, sex and year', () => {
    expect(parseIdNumber(MAN_1985_YEN_BAI)).toEqual({
      provinceCode: '015',
      century: 1900,
      sex: 'male',
      birthYear: 1985,
    })
    expect(parseIdNumber(WOMAN_2003_LAO_CAI)).toMatchObject({ sex: 'female', birthYear: 2003 })
    expect(parseIdNumber('015285123456')).toMatchObject({ century: 2000, sex: 'male', birthYear: 2085 })
    expect(parseIdNumber('01508512345')).toBeUndefined()
  })
})

describe('checkIdNumber', () => {
  it('passes a consistent number', () => {
    expect(
      checkIdNumber(MAN_1985_YEN_BAI, { dateOfBirth: '1985-04-02', sex: 'male', birthProvinceCode: '015' }),
    ).toEqual([])
    expect(checkIdNumber(WOMAN_2003_LAO_CAI, { dateOfBirth: '2003', sex: 'female' })).toEqual([])
  })

  it('is an error unless exactly 12 digits', () => {
    for (const bad of ['01508512345', '0150851234567', '01508512345a', '']) {
      const issues = checkIdNumber(bad)
      expect(issues).toHaveLength(1)
      expect(issues[0]).toMatchObject({ severity: 'error', code: 'invalid_id_number' })
    }
  })

  it('warns on an unknown province code', () => {
    const [issue] = checkIdNumber('003085123456')
    expect(issue).toMatchObject({ severity: 'warning', code: 'unknown_code', details: { part: 'province' } })
    expect(issue?.message).toMatch(/mã tỉnh/)
  })

  it('warns when the birth-registration province differs, naming both', () => {
    const [issue] = checkIdNumber(MAN_1985_YEN_BAI, { birthProvinceCode: '010' })
    expect(issue).toMatchObject({ severity: 'warning', code: 'id_mismatch' })
    expect(issue?.message).toContain('Yên Bái')
    expect(issue?.message).toContain('Lào Cai')
  })

  it('warns on a century disagreement', () => {
    const [issue] = checkIdNumber(MAN_1985_YEN_BAI, { dateOfBirth: '2085-01-01' })
    expect(issue).toMatchObject({ severity: 'warning', details: { part: 'century' } })
    expect(issue?.message).toMatch(/Chữ số thứ 4/)
  })

  it('warns on a year disagreement using the year only', () => {
    const [issue] = checkIdNumber(MAN_1985_YEN_BAI, { dateOfBirth: '1986-12' })
    expect(issue).toMatchObject({ severity: 'warning', details: { part: 'year' } })
    expect(issue?.message).toContain('1985')
    expect(issue?.message).toContain('1986')
  })

  it('warns on a sex-digit disagreement', () => {
    const [issue] = checkIdNumber(MAN_1985_YEN_BAI, { sex: 'female' })
    expect(issue).toMatchObject({ severity: 'warning', details: { part: 'sex' } })
    expect(issue?.message).toMatch(/giới tính nam/)
  })

  it('reports century and sex together', () => {
    const parts = checkIdNumber(MAN_1985_YEN_BAI, { dateOfBirth: '2005', sex: 'female' }).map(
      (i) => i.details?.['part'],
    )
    expect(parts).toEqual(['century', 'sex'])
  })
})
