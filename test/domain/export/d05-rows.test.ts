import { describe, expect, it } from 'vitest'
import { d05Columns } from '../../../src/domain/export/d05-columns.ts'
import { d05Rows } from '../../../src/domain/export/d05-rows.ts'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'
import { sampleParticipant, sampleRegistration } from '../registration/sample-registration.ts'

describe('d05Columns', () => {
  it('lists the fields of D05-TS/NoiDung/LaoDong in the order of domain.md §7.2', () => {
    expect(d05Columns.map((c) => c.key)).toEqual([
      'STT',
      'HoTen',
      'MasoBHXH',
      'MucTien',
      'Tuthang',
      'Sothang',
      'Tongtien',
      'TienTudong',
      'TienHotro',
      'Ghichu',
      'PA',
      'Tyle',
      'TyleNSNN',
      'Heso',
      'Phuongthuc',
      'CCNS',
      'ID',
      'Loai',
      'TyleNSDP',
      'TienNSDP',
      'TyleHotroKhac',
      'TienHotroKhac',
      'Matinh_DangSS',
      'Mahuyen_DangSS',
      'Maxa_DangSS',
      'Diachi_DangSS',
      'NgayBienLai',
      'SoBienLai',
      'MaNhanvienThu',
    ])
    // The XML's elements are the form's 26; receipt and collector are for the spreadsheets only.
    expect(d05Columns.filter((c) => !('inXml' in c)).map((c) => c.key)).toHaveLength(26)
    expect(d05Columns.every((c) => c.header.length > 0 && c.header === c.header.normalize('NFC'))).toBe(true)
  })
})

describe('d05Rows', () => {
  it('V1: 1,500,000 × 12 months, near-poor, paid 25/11/2026; the ID stands in for the SI code', () => {
    const reg = sampleRegistration({
      participants: [
        sampleParticipant({
          fullName: 'Nguyễn Thị Hằng',
          vsi: { monthlyIncome: 1_500_000, months: 12, supportGroup: 'NEAR_POOR', amountDue: 2_376_000 },
          hi: undefined,
        }),
      ],
      payment: { method: 'cash', amountCollected: 2_376_000, receiptNo: 'LC017-000123' },
    })
    expect(d05Rows([reg], defaultRules)).toEqual([
      {
        STT: 1,
        HoTen: 'NGUYỄN THỊ HẰNG',
        MasoBHXH: '010085123456',
        MucTien: 1_500_000,
        Tuthang: '11/2026',
        Sothang: 12,
        Tongtien: 3_960_000,
        TienTudong: 2_376_000,
        TienHotro: 1_584_000,
        Ghichu: null,
        PA: null,
        Tyle: 22,
        TyleNSNN: 40,
        Heso: null,
        Phuongthuc: 12,
        CCNS: 'Hộ cận nghèo',
        ID: '010085123456',
        Loai: null,
        TyleNSDP: 0,
        TienNSDP: 0,
        TyleHotroKhac: null,
        TienHotroKhac: null,
        Matinh_DangSS: '15',
        Mahuyen_DangSS: null,
        Maxa_DangSS: '02683',
        Diachi_DangSS: 'Thôn 1, Xã Bát Xát, Lào Cai',
        NgayBienLai: '2026-11-25',
        SoBienLai: 'LC017-000123',
        MaNhanvienThu: null,
      },
    ])
  })

  it('numbers the VSI participants 1..n across records and skips HI-only people', () => {
    const a = sampleRegistration({
      participants: [
        sampleParticipant(),
        sampleParticipant({ idNumber: '010090000002', vsi: undefined }),
        sampleParticipant({ idNumber: '010090000003' }),
      ],
    })
    const b = sampleRegistration({ collectedAt: '2026-12-01T08:00:00+07:00' })
    const rows = d05Rows([a, b], defaultRules)
    expect(rows.map((r) => [r.STT, r.ID, r.Tuthang])).toEqual([
      [1, '010085123456', '11/2026'],
      [2, '010090000003', '11/2026'],
      [3, '010085123456', '12/2026'],
    ])
  })

  it('takes the collector and the plan code (TM new, ON known before) from the server context', () => {
    const reg = sampleRegistration({
      participants: [sampleParticipant(), sampleParticipant({ idNumber: '010090000003' })],
    })
    const rows = d05Rows([reg], defaultRules, [{ collectorCode: 'staff1', enrolledBefore: [false, true] }])
    expect(rows.map((r) => [r.PA, r.MaNhanvienThu])).toEqual([
      ['TM', 'staff1'],
      ['ON', 'staff1'],
    ])
    expect(d05Rows([reg], defaultRules)[0]).toMatchObject({ PA: null, MaNhanvienThu: null })
  })

  it('names the support group in CCNS and leaves the receipt empty when nothing was paid', () => {
    const groups = ['POOR', 'NEAR_POOR', 'ETHNIC_MINORITY', 'OTHER'] as const
    const regs = groups.map((supportGroup) =>
      sampleRegistration({
        participants: [
          sampleParticipant({
            vsi: { monthlyIncome: 1_500_000, months: 1, supportGroup, amountDue: 0 },
            hi: undefined,
          }),
        ],
        payment: null,
      }),
    )
    const rows = d05Rows(regs, defaultRules)
    expect(rows.map((r) => [r.CCNS, r.TyleNSNN])).toEqual([
      ['Hộ nghèo, xã đảo, đặc khu', 50],
      ['Hộ cận nghèo', 40],
      ['Người dân tộc thiểu số', 30],
      ['Đối tượng khác', 20],
    ])
    expect(rows.every((r) => r.NgayBienLai === null && r.SoBienLai === null)).toBe(true)
  })

  it('V5: notes when the 120-month cap leaves fewer supported months', () => {
    const reg = sampleRegistration({
      participants: [
        sampleParticipant({
          vsi: {
            monthlyIncome: 1_500_000,
            months: 6,
            supportGroup: 'OTHER',
            priorSupportedMonths: 118,
            amountDue: 1_848_000,
          },
        }),
      ],
    })
    const [row] = d05Rows([reg], defaultRules)
    expect(row).toMatchObject({
      Tongtien: 1_980_000,
      TienHotro: 132_000,
      TienTudong: 1_848_000,
      TyleNSNN: 20,
    })
    expect(row?.Ghichu).toBe('Hỗ trợ 2/6 tháng')
  })

  it('writes names in NFC capitals even from decomposed input', () => {
    const decomposed = 'Lò Văn Sử'.normalize('NFD')
    expect(decomposed).not.toBe('Lò Văn Sử')
    const reg = sampleRegistration({ participants: [sampleParticipant({ fullName: decomposed })] })
    const name = d05Rows([reg], defaultRules)[0]?.HoTen
    expect(name).toBe('LÒ VĂN SỬ')
    expect(name).toBe(String(name).normalize('NFC'))
  })
})
