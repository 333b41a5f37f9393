import { describe, expect, it } from 'vitest'
import { tk1tsBoxes } from '../../../src/domain/declaration/tk1ts-fields.ts'
import { sampleParticipant } from '../registration/sample-registration.ts'

const valueOf = (boxes: ReturnType<typeof tk1tsBoxes>, code: string) =>
  boxes.find((b) => b.code === code)?.value

describe('tk1tsBoxes (QĐ 490/2023 Part I)', () => {
  it('fills the boxes a registration knows, the name in capitals with its diacritics', () => {
    const boxes = tk1tsBoxes(
      sampleParticipant({
        fullName: 'Giàng Thị Mai',
        sex: 'female',
        dateOfBirth: '1990-04-02',
        phone: '0912345678',
      }),
    )
    expect(boxes.map((b) => b.code)).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
    ])
    expect(valueOf(boxes, '01')).toBe('GIÀNG THỊ MAI')
    expect(valueOf(boxes, '02')).toBe('Nữ')
    expect(valueOf(boxes, '03')).toBe('02/04/1990')
    expect(valueOf(boxes, '07')).toBe('0912345678')
    expect(valueOf(boxes, '13')).toBe('Xã Bát Xát')
    expect(valueOf(boxes, '15')).toBe('Lào Cai')
  })

  it('keeps a year-only birth date as the person gave it and leaves what it does not know empty', () => {
    const boxes = tk1tsBoxes(sampleParticipant({ dateOfBirth: '1958' }))
    expect(valueOf(boxes, '03')).toBe('1958')
    expect(valueOf(boxes, '08')).toBe('')
    expect(valueOf(boxes, '09')).toBe('')
    expect(valueOf(boxes, '14')).toBe('')
  })
})
