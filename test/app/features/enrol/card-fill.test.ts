import { describe, expect, it } from 'vitest'
import { parseCccdQr, type CccdCard } from '../../../../src/domain/identity/parse-cccd-qr.ts'
import {
  fillFromCard,
  splitCardAddress,
  withAddressMatch,
} from '../../../../src/app/features/enrol/card-fill.ts'
import { fieldsFromCard } from '../../../../src/app/features/enrol/card-fields.ts'
import { mapOldAddress } from '../../../../src/domain/admin/old-address.ts'
import { emptyParticipant } from '../../../../src/app/features/enrol/enrol-form-values.ts'

function card(text: string): CccdCard {
  const r = parseCccdQr(text)
  if (r.kind !== 'cccd') throw new Error('not a card')
  return r.card
}

const PAO = card(
  '015085001234|123456789|LÙ VĂN PÁO|02041985|Nam|Thôn Pờ Hồ, Xã Bát Xát, Huyện Bát Xát, Lào Cai|15032021',
)

describe('fillFromCard', () => {
  it('fills identity and the address text of one person', () => {
    expect(fillFromCard(PAO)).toEqual({
      values: {
        fullName: 'Lù Văn Páo',
        idNumber: '015085001234',
        dobDay: '02',
        dobMonth: '04',
        dobYear: '1985',
        sex: 'male',
        provinceCode: '15',
        commune: 'Xã Bát Xát',
        communeCode: '',
        village: 'Thôn Pờ Hồ',
      },
      address: 'Thôn Pờ Hồ, Xã Bát Xát, Huyện Bát Xát, Lào Cai',
    })
  })

  it('clears day and month the card does not know', () => {
    const old = card('015050001234||SÙNG A DÌNH|00001950|Nam|Bản Sín Chải, Xã Y Tý, Huyện Bát Xát, Lào Cai|')
    expect(fillFromCard(old).values).toMatchObject({ dobDay: '', dobMonth: '', dobYear: '1950' })
  })

  it('leaves out what the card does not have', () => {
    expect(fillFromCard(card('015085001234||LÙ VĂN PÁO'))).toEqual({
      values: { fullName: 'Lù Văn Páo', idNumber: '015085001234' },
    })
  })
})

describe('splitCardAddress', () => {
  it('takes hamlet, commune and a province that still exists', () => {
    expect(splitCardAddress('Tổ 3, Phường Yên Bái, Tỉnh Lào Cai')).toEqual({
      village: 'Tổ 3',
      commune: 'Phường Yên Bái',
      communeCode: '',
      provinceCode: '15',
    })
    expect(splitCardAddress('Số 12, ngõ 4, Phường Cầu Dền, Quận Hai Bà Trưng, Thành phố Hà Nội')).toEqual({
      village: 'Số 12, ngõ 4',
      commune: 'Phường Cầu Dền',
      communeCode: '',
      provinceCode: '01',
    })
  })

  it('leaves the province to the collector when the card names a merged one', () => {
    expect(splitCardAddress('Thôn Khe Sang, Xã Mậu Đông, Huyện Văn Yên, Yên Bái')).toEqual({
      village: 'Thôn Khe Sang',
      commune: 'Xã Mậu Đông',
      communeCode: '',
    })
    expect(splitCardAddress('somewhere')).toEqual({})
  })
})

describe('fieldsFromCard', () => {
  it('marks a field while it still holds the card value', () => {
    const fill = fillFromCard(PAO)
    const person = { ...emptyParticipant('0'), ...fill.values, fromCard: fill }
    expect(fieldsFromCard(fill, person)).toEqual([
      'fullName',
      'idNumber',
      'dobDay',
      'dobMonth',
      'dobYear',
      'sex',
      'provinceCode',
      'commune',
      'village',
    ])
    expect(fieldsFromCard(fill, { ...person, fullName: 'Lù Văn Pao', commune: 'Xã Bản Xèo' })).not.toContain(
      'fullName',
    )
    expect(fieldsFromCard(undefined, person)).toEqual([])
  })
})

describe('withAddressMatch', () => {
  const fillFor = (address: string) => {
    const fill = fillFromCard(card(`015085001234||LÙ VĂN PÁO|02041985|Nam|${address}|15032021`))
    return withAddressMatch(fill, mapOldAddress(address))
  }

  it('puts today’s commune for an old one (Thị trấn Bát Xát is now Xã Bát Xát)', () => {
    const fill = fillFor('Thôn Pờ Hồ, Thị trấn Bát Xát, Huyện Bát Xát, Lào Cai')
    expect(fill.values).toMatchObject({
      provinceCode: '15',
      commune: 'Xã Bát Xát',
      communeCode: '02683',
      village: 'Thôn Pờ Hồ',
    })
    expect(fill).not.toHaveProperty('candidates')
    expect(fill.address).toBe('Thôn Pờ Hồ, Thị trấn Bát Xát, Huyện Bát Xát, Lào Cai')
  })

  it('moves a merged province’s address to today’s province and commune', () => {
    expect(fillFor('Thôn Khe Sang, Xã Mậu Đông, Huyện Văn Yên, Yên Bái').values).toMatchObject({
      provinceCode: '15',
      commune: 'Xã Mậu A',
      communeCode: '04375',
      village: 'Thôn Khe Sang',
    })
  })

  it('offers a few candidates and no commune when the table cannot tell', () => {
    const fill = fillFor('Số 12, ngõ 4, Phường Cầu Dền, Quận Hai Bà Trưng, Thành phố Hà Nội')
    expect(fill.values).toMatchObject({ provinceCode: '01', commune: '', communeCode: '' })
    expect(fill.candidates?.length).toBeGreaterThan(1)
    expect(fill.candidates?.length).toBeLessThanOrEqual(6)
  })

  it('keeps the card’s text when nothing matches', () => {
    const fill = fillFor('Thôn Nowhere, Xã Không Có, Huyện Không Có, Tỉnh Không Có')
    expect(fill.values).toMatchObject({ commune: 'Xã Không Có', communeCode: '', village: 'Thôn Nowhere' })
    expect(fill).not.toHaveProperty('candidates')
  })
})
