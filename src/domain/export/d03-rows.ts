import { formatDateVi } from '../format/format-date-vi.ts'
import { estimateHiCardStart } from '../quote/estimate-hi-card-start.ts'
import { vietnamDate } from '../registration/local-date.ts'
import type { Registration } from '../registration/registration-schema.ts'
import type { RuleSet } from '../rules/rule-set.ts'
import { addressCells } from './address-cells.ts'
import type { D03Key } from './d03-columns.ts'
import type { ExportRow } from './export-column.ts'
import { listName } from './list-name.ts'

/**
 * D03-TS rows: one per participant with household HI, in the order given (pass approved registrations,
 * oldest first). The receipt number and date fill columns 8–9 (domain.md §7.4); `TuNgay` is the estimated
 * card start of a first card, since the app cannot see earlier cards. Codes the app does not know (hospital,
 * MavungSS, PA, CCNS…) stay null for the office to fill in.
 */
export function d03Rows(records: readonly Registration[], rules: RuleSet): ExportRow<D03Key>[] {
  const rows: ExportRow<D03Key>[] = []
  for (const r of records) {
    const on = vietnamDate(r.collectedAt)
    for (const p of r.participants) {
      if (!p.hi) continue
      rows.push({
        STT: rows.length + 1,
        HoTen: listName(p.fullName),
        MasoBHXH: null,
        NgaySinh: formatDateVi(p.dateOfBirth),
        GioiTinh: p.sex === 'male' ? 'Nam' : 'Nữ',
        MaTinhBenhVien: null,
        MaBenhVien: null,
        NgayBienLai: r.payment ? on : null,
        SoBienLai: r.payment?.receiptNo ?? null,
        Tiendong: p.hi.amountDue,
        Sothang: p.hi.months,
        Ghichu: `người thứ ${p.hi.householdOrder}`,
        CCNS: null,
        PA: null,
        MavungSS: null,
        MucHuong: null,
        // UNCERTAIN: read as the personal ID number, the SI identifier under Law 41/2024 (domain.md §4.2).
        ID: p.idNumber,
        Loai: null,
        MaPhongBan: null,
        TyleNSDP: null,
        HotroKhac: null,
        ...addressCells(p.address),
        NgayChet: null,
        CoGiamChet: null,
        TuNgay: estimateHiCardStart(on, rules).validFrom,
      })
    }
  }
  return rows
}
