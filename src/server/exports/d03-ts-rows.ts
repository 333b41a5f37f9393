import { vietnamDate, type Registration } from '../../domain/index.ts'
import { formatAddress, formatPartialDate, formatSex } from './format-fields.ts'

// Column names of D03-TS (domain.md §7.3), the subset the app knows; card and hospital codes are left for the office.
export const D03_TS_HEADER = [
  'STT',
  'HoTen',
  'MasoBHXH',
  'SoDinhDanh',
  'NgaySinh',
  'GioiTinh',
  'MaTinhBenhVien',
  'MaBenhVien',
  'NgayBienLai',
  'SoBienLai',
  'Tiendong',
  'Sothang',
  'Ghichu',
  'Matinh',
  'Maxa',
  'Diachi_DangSS',
] as const

/** One row per household-HI participant; Ghichu carries the rank ("người thứ 2"). */
export function d03TsRows(records: readonly Registration[]): (string | number)[][] {
  const rows: (string | number)[][] = []
  for (const r of records) {
    const on = vietnamDate(r.collectedAt)
    for (const p of r.participants) {
      if (!p.hi) continue
      rows.push([
        rows.length + 1,
        p.fullName.toLocaleUpperCase('vi'),
        '',
        p.idNumber,
        formatPartialDate(p.dateOfBirth),
        formatSex(p.sex),
        '',
        '',
        formatPartialDate(on),
        r.payment?.receiptNo ?? '',
        p.hi.amountDue,
        p.hi.months,
        `người thứ ${p.hi.householdOrder}`,
        p.address.provinceCode,
        p.address.communeCode ?? '',
        formatAddress(p.address),
      ])
    }
  }
  return rows
}
