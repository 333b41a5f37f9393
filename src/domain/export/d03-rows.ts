import { formatDateVi } from '../format/format-date-vi.ts'
import { estimateHiCardStart } from '../quote/estimate-hi-card-start.ts'
import { vietnamDate } from '../registration/local-date.ts'
import type { Registration } from '../registration/registration-schema.ts'
import type { RuleSet } from '../rules/rule-set.ts'
import { addressCells } from './address-cells.ts'
import type { D03Key } from './d03-columns.ts'
import type { ExportRow } from './export-column.ts'
import { planCode, type ListContext } from './list-context.ts'
import { listName } from './list-name.ts'

/**
 * D03-TS rows: one per participant with household HI, in the order given (pass approved registrations,
 * oldest first). The receipt number and date fill columns 8–9 (domain.md §7.4); `TuNgay` is the estimated
 * card start: after the card a renewal renews (`hi.renewsCardTo`, from the office's list), else a first card's. `contexts` (parallel to `records`) adds
 * what only the server knows: the collector and earlier enrolments. Codes the app does not know (MavungSS…, the
 * facility of a phone that did not send one) stay null for the office; where each value comes from is in docs/agency-lists.md.
 */
export function d03Rows(
  records: readonly Registration[],
  rules: RuleSet,
  contexts: readonly (ListContext | undefined)[] = [],
): ExportRow<D03Key>[] {
  const rows: ExportRow<D03Key>[] = []
  for (const [i, r] of records.entries()) {
    const on = vietnamDate(r.collectedAt)
    const context = contexts[i]
    for (const [index, p] of r.participants.entries()) {
      if (!p.hi) continue
      rows.push({
        STT: rows.length + 1,
        HoTen: listName(p.fullName),
        // Since 2025-08-01 the personal ID number stands in for the SI code (CV 1804/BHXH-QLT); the wire
        // format keeps no older 10-digit code.
        MasoBHXH: p.idNumber,
        NgaySinh: formatDateVi(p.dateOfBirth),
        GioiTinh: p.sex === 'male' ? 'Nam' : 'Nữ',
        MaTinhBenhVien: p.hi.facility?.provinceCode ?? null,
        MaBenhVien: p.hi.facility?.code ?? null,
        NgayBienLai: r.payment ? on : null,
        SoBienLai: r.payment?.receiptNo ?? null,
        Tiendong: p.hi.amountDue,
        Sothang: p.hi.months,
        Ghichu: `người thứ ${p.hi.householdOrder}`,
        // Household HI gets no state support in this app (§3.4 groups are refused), so no basis to cite.
        CCNS: null,
        // A card of the office's list renewed ("Gia hạn") is no new participant, whatever our history says.
        PA: p.hi.renewsCardTo !== undefined ? 'ON' : planCode(context, index),
        MavungSS: null,
        // UNCERTAIN, one source: benefit level 4 and type 1 are what an agent's import sheet shows for
        // household HI (docs/agency-lists.md).
        MucHuong: '4',
        // UNCERTAIN: read as the personal ID number, the SI identifier under Law 41/2024 (domain.md §4.2).
        ID: p.idNumber,
        Loai: '1',
        MaPhongBan: null,
        TyleNSDP: null,
        HotroKhac: null,
        ...addressCells(p.address),
        NgayChet: null,
        CoGiamChet: null,
        // A renewal runs on from the card it renews (the office's list); otherwise a first card's estimate.
        TuNgay: estimateHiCardStart(on, rules, p.hi.renewsCardTo).validFrom,
        MaNhanvienThu: context?.collectorCode ?? null,
      })
    }
  }
  return rows
}
