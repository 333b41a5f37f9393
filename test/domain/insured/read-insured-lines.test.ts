import { describe, expect, it } from 'vitest'
import { readInsuredLines } from '../../../src/domain/insured/read-insured-lines.ts'
import { fromRow, toRow } from '../../../src/domain/insured/insured-person.ts'

const header = [
  'HoTen',
  'SoDinhDanh',
  'GioiTinh',
  'NgaySinh',
  'MaXa',
  'MaHo',
  'HanTheTu',
  'HanTheDen',
  'MaBenhVien',
  'DongBHXHDenThang',
]

describe('readInsuredLines', () => {
  it('reads columns by name in any order, dates as the agency writes them', () => {
    const read = readInsuredLines(
      [
        header,
        [
          'Lường  Thị Mai',
          '010190001234',
          'Nữ',
          '07/03/1990',
          '02683',
          'HO12',
          '1/1/2026',
          '31/12/2026',
          '15001',
          '6/2027',
        ],
        ['Giàng A Páo', '010085004321', 'Nam', '1985', '02683', '', '', '', '', ''],
        [],
      ],
      '15',
    )
    expect(read.errors).toEqual([])
    expect(read.people).toEqual([
      {
        idNumber: '010190001234',
        fullName: 'Lường Thị Mai',
        dateOfBirth: '1990-03-07',
        sex: 'female',
        communeCode: '02683',
        householdCode: 'HO12',
        hiFrom: '2026-01-01',
        hiTo: '2026-12-31',
        facilityCode: '15001',
        vsiPaidTo: '2027-06',
      },
      {
        idNumber: '010085004321',
        fullName: 'Giàng A Páo',
        dateOfBirth: '1985',
        sex: 'male',
        communeCode: '02683',
      },
    ])
    for (const p of read.people) expect(fromRow(toRow(p))).toEqual(p)
  })

  it('names each bad line with its reason', () => {
    const read = readInsuredLines(
      [
        header,
        ['Lò Văn Sáng', '010190001234', 'X', '07/03/1990', '02683', '', '', '', '', ''],
        ['Lò Văn Sáng', '010190001234', 'Nam', '31/02/1990', '02683', '', '', '', '', ''],
        ['Lò Văn Sáng', '010190001234', 'Nam', '1990', '02683', '', '31/12/2026', '01/01/2026', '', ''],
        ['Lò Văn Sáng', '010190001234', 'Nam', '1990', '02683', '', '', '', '', '13/2026'],
        ['Lò Văn Sáng', '010190001234', 'Nam', '1990', '02683', '', '', '', '', ''],
        ['Lò Văn Sáng', '010190001234', 'Nam', '1990', '02683', '', '', '', '', ''],
      ],
      '15',
    )
    expect(read.errors).toEqual([
      { line: 2, reason: 'giới tính "X" phải là Nam hoặc Nữ' },
      { line: 3, reason: 'ngày sinh "31/02/1990" không đúng dạng dd/mm/yyyy' },
      { line: 4, reason: 'hạn thẻ kết thúc trước khi bắt đầu' },
      { line: 5, reason: 'tháng đóng BHXH "13/2026" phải có dạng mm/yyyy' },
      { line: 7, reason: 'số định danh 010190001234 lặp lại' },
    ])
  })
})
