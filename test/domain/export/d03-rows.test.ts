import { describe, expect, it } from 'vitest'
import { d03Columns } from '../../../src/domain/export/d03-columns.ts'
import { d03Rows } from '../../../src/domain/export/d03-rows.ts'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'
import { sampleParticipant, sampleRegistration } from '../registration/sample-registration.ts'

describe('d03Columns', () => {
  it('lists the D03-TS row fields in the order of domain.md §7.3', () => {
    expect(d03Columns.map((c) => c.key)).toEqual([
      'STT',
      'HoTen',
      'MasoBHXH',
      'NgaySinh',
      'GioiTinh',
      'MaTinhBenhVien',
      'MaBenhVien',
      'NgayBienLai',
      'SoBienLai',
      'Tiendong',
      'Sothang',
      'Ghichu',
      'CCNS',
      'PA',
      'MavungSS',
      'MucHuong',
      'ID',
      'Loai',
      'MaPhongBan',
      'TyleNSDP',
      'HotroKhac',
      'Matinh_DangSS',
      'Mahuyen_DangSS',
      'Maxa_DangSS',
      'Diachi_DangSS',
      'NgayChet',
      'CoGiamChet',
      'TuNgay',
      'MaNhanvienThu',
    ])
    expect(d03Columns.filter((c) => !('inXml' in c)).map((c) => c.key)).toHaveLength(28)
  })
})

describe('d03Rows', () => {
  it('H2: three members paid 25/11/2026, one row each with rank, receipt and estimated card start', () => {
    const member = (idNumber: string, fullName: string, order: number, amountDue: number, extra = {}) =>
      sampleParticipant({
        idNumber,
        fullName,
        vsi: undefined,
        hi: { months: 12, householdOrder: order, amountDue },
        ...extra,
      })
    const reg = sampleRegistration({
      participants: [
        member('010085123456', 'Nguyễn Văn An', 1, 1_366_200),
        member('015190000002', 'Hoàng Thị Mai', 2, 956_340, { sex: 'female', dateOfBirth: '1990-07' }),
        member('015058000003', 'Nguyễn Văn Bình', 3, 819_720, { dateOfBirth: '1958' }),
      ],
      payment: { method: 'cash', amountCollected: 3_142_260, receiptNo: 'LC017-000124' },
    })
    const rows = d03Rows([reg], defaultRules, [
      { collectorCode: 'staff1', enrolledBefore: [true, false, false] },
    ])
    expect(rows[0]).toEqual({
      STT: 1,
      HoTen: 'NGUYỄN VĂN AN',
      MasoBHXH: '010085123456',
      NgaySinh: '02/04/1985',
      GioiTinh: 'Nam',
      MaTinhBenhVien: null,
      MaBenhVien: null,
      NgayBienLai: '2026-11-25',
      SoBienLai: 'LC017-000124',
      Tiendong: 1_366_200,
      Sothang: 12,
      Ghichu: 'người thứ 1',
      CCNS: null,
      PA: 'ON',
      MavungSS: null,
      MucHuong: '4',
      ID: '010085123456',
      Loai: '1',
      MaPhongBan: null,
      TyleNSDP: null,
      HotroKhac: null,
      Matinh_DangSS: '15',
      Mahuyen_DangSS: null,
      Maxa_DangSS: '02683',
      Diachi_DangSS: 'Thôn 1, Xã Bát Xát, Lào Cai',
      NgayChet: null,
      CoGiamChet: null,
      TuNgay: '2026-12-25',
      MaNhanvienThu: 'staff1',
    })
    expect(rows.map((r) => r.PA)).toEqual(['ON', 'TM', 'TM'])
    expect(rows.map((r) => [r.STT, r.HoTen, r.NgaySinh, r.GioiTinh, r.Tiendong, r.Ghichu])).toEqual([
      [1, 'NGUYỄN VĂN AN', '02/04/1985', 'Nam', 1_366_200, 'người thứ 1'],
      [2, 'HOÀNG THỊ MAI', '07/1990', 'Nữ', 956_340, 'người thứ 2'],
      [3, 'NGUYỄN VĂN BÌNH', '1958', 'Nam', 819_720, 'người thứ 3'],
    ])
    expect(rows.reduce((sum, r) => sum + Number(r.Tiendong), 0)).toBe(3_142_260)
  })

  it('skips people without HI and leaves the address code empty when the commune was typed', () => {
    const reg = sampleRegistration({
      participants: [
        sampleParticipant({ hi: undefined }),
        sampleParticipant({
          idNumber: '010090000002',
          vsi: undefined,
          address: { provinceCode: '15', commune: 'Xã Tả Van' },
        }),
      ],
    })
    const rows = d03Rows([reg], defaultRules)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      STT: 1,
      ID: '010090000002',
      Maxa_DangSS: null,
      Diachi_DangSS: 'Xã Tả Van, Lào Cai',
    })
  })
})

describe('a renewal from the office’s list', () => {
  it('is listed ON, its card running on from the card it renews', () => {
    const p = sampleParticipant()
    const renewal = sampleRegistration({
      participants: [
        {
          ...p,
          vsi: undefined,
          hi: { months: 12, householdOrder: 1, amountDue: 1_366_200, renewsCardTo: '2026-12-31' },
        },
      ],
    })
    const [row] = d03Rows([renewal], defaultRules)
    expect(row).toMatchObject({ PA: 'ON', TuNgay: '2027-01-01' })
  })
})
