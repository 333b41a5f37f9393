import {
  defaultRules,
  quoteVsi,
  valueOn,
  vietnamDate,
  type Registration,
  type RuleSet,
} from '../../domain/index.ts'
import { formatAddress, formatMonth, formatPartialDate, formatSex } from './format-fields.ts'

// Column names of D05-TS (domain.md §7.2), the subset the app knows; MasoBHXH, PA and CCNS are left for the office.
export const D05_TS_HEADER = [
  'STT',
  'HoTen',
  'MasoBHXH',
  'SoDinhDanh',
  'NgaySinh',
  'GioiTinh',
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
  'Phuongthuc',
  'Matinh',
  'Maxa',
  'Diachi_DangSS',
  'SoBienLai',
  'NgayBienLai',
] as const

/** One row per VSI participant. */
export function d05TsRows(
  records: readonly Registration[],
  rules: RuleSet = defaultRules,
): (string | number)[][] {
  const rows: (string | number)[][] = []
  for (const r of records) {
    const on = vietnamDate(r.collectedAt)
    for (const p of r.participants) {
      if (!p.vsi) continue
      const q = quoteVsi(p.vsi, rules, on)
      const rate = valueOn(rules.vsi, on, 'VSI rules')
      rows.push([
        rows.length + 1,
        p.fullName.toLocaleUpperCase('vi'),
        '',
        p.idNumber,
        formatPartialDate(p.dateOfBirth),
        formatSex(p.sex),
        p.vsi.monthlyIncome,
        formatMonth(on),
        p.vsi.months,
        q.ok ? q.quote.gross : '',
        p.vsi.amountDue,
        q.ok ? q.quote.stateSupport : '',
        r.note ?? '',
        '',
        rate.ratePercent,
        rate.supportPercent[p.vsi.supportGroup],
        p.vsi.months,
        p.address.provinceCode,
        p.address.communeCode ?? '',
        formatAddress(p.address),
        r.payment?.receiptNo ?? '',
        formatPartialDate(on),
      ])
    }
  }
  return rows
}
