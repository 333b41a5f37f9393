import { formatMonthVi } from '../format/format-date-vi.ts'
import { quoteVsi } from '../quote/vsi-quote.ts'
import { vietnamDate } from '../registration/local-date.ts'
import type { Registration } from '../registration/registration-schema.ts'
import { rowOn, valueOn } from '../rules/dated.ts'
import type { RuleSet } from '../rules/rule-set.ts'
import { addressCells } from './address-cells.ts'
import type { D05Key } from './d05-columns.ts'
import type { ExportRow } from './export-column.ts'
import { listName } from './list-name.ts'

/**
 * D05-TS rows: one per participant with VSI, in the order given (pass approved registrations, oldest first).
 * Amounts are recomputed with the rules of the payment date, like the server's check; `TienTudong` is the
 * amount the person paid. Fields whose codes the app does not know (MasoBHXH, PA, CCNS, Loai…) stay null
 * for the office to fill in.
 */
export function d05Rows(records: readonly Registration[], rules: RuleSet): ExportRow<D05Key>[] {
  const rows: ExportRow<D05Key>[] = []
  for (const r of records) {
    const on = vietnamDate(r.collectedAt)
    const vsiRules = valueOn(rules.vsi, on, 'VSI rules')
    for (const p of r.participants) {
      if (!p.vsi) continue
      const provinceCode = p.address.provinceCode
      const q = quoteVsi({ ...p.vsi, provinceCode }, rules, on)
      const quote = q.ok ? q.quote : undefined
      const localPercent = rowOn(rules.localSupport, on)?.value[provinceCode]?.[p.vsi.supportGroup] ?? 0
      rows.push({
        STT: rows.length + 1,
        HoTen: listName(p.fullName),
        MasoBHXH: null,
        MucTien: p.vsi.monthlyIncome,
        // At events money is paid up front, so the period starts in the payment month (domain.md §2.2).
        Tuthang: formatMonthVi(on),
        Sothang: p.vsi.months,
        Tongtien: quote?.gross ?? null,
        TienTudong: p.vsi.amountDue,
        TienHotro: quote?.stateSupport ?? null,
        Ghichu:
          quote && quote.supportedMonths < p.vsi.months
            ? `Hỗ trợ ${quote.supportedMonths}/${p.vsi.months} tháng`
            : null,
        PA: null,
        Tyle: vsiRules.ratePercent,
        TyleNSNN: vsiRules.supportPercent[p.vsi.supportGroup],
        Heso: null,
        Phuongthuc: p.vsi.months,
        CCNS: null,
        // UNCERTAIN: read as the personal ID number, the SI identifier under Law 41/2024 (domain.md §4.2).
        ID: p.idNumber,
        Loai: null,
        TyleNSDP: localPercent,
        TienNSDP: quote?.localSupport ?? null,
        TyleHotroKhac: null,
        TienHotroKhac: null,
        ...addressCells(p.address),
      })
    }
  }
  return rows
}
