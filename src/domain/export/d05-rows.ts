import { formatMonthVi } from '../format/format-date-vi.ts'
import { quoteVsi } from '../quote/vsi-quote.ts'
import { vietnamDate } from '../registration/local-date.ts'
import type { Registration } from '../registration/registration-schema.ts'
import { rowOn, valueOn } from '../rules/dated.ts'
import type { RuleSet } from '../rules/rule-set.ts'
import { addressCells } from './address-cells.ts'
import type { D05Key } from './d05-columns.ts'
import type { ExportRow } from './export-column.ts'
import { planCode, type ListContext } from './list-context.ts'
import { listName } from './list-name.ts'
import { supportBasis } from './support-basis.ts'

/**
 * D05-TS rows: one per participant with VSI, in the order given (pass approved registrations, oldest first).
 * Amounts are recomputed with the rules of the payment date, like the server's check; `TienTudong` is the
 * amount the person paid. `contexts` (parallel to `records`) adds what only the server knows: the collector
 * and earlier enrolments. Codes the app does not know (Loai, Heso…) stay null for the office; where each
 * value comes from is in docs/agency-lists.md.
 */
export function d05Rows(
  records: readonly Registration[],
  rules: RuleSet,
  contexts: readonly (ListContext | undefined)[] = [],
): ExportRow<D05Key>[] {
  const rows: ExportRow<D05Key>[] = []
  for (const [i, r] of records.entries()) {
    const on = vietnamDate(r.collectedAt)
    const vsiRules = valueOn(rules.vsi, on, 'VSI rules')
    const context = contexts[i]
    for (const [index, p] of r.participants.entries()) {
      if (!p.vsi) continue
      const provinceCode = p.address.provinceCode
      const q = quoteVsi({ ...p.vsi, provinceCode }, rules, on)
      const quote = q.ok ? q.quote : undefined
      const localPercent = rowOn(rules.localSupport, on)?.value[provinceCode]?.[p.vsi.supportGroup] ?? 0
      rows.push({
        STT: rows.length + 1,
        HoTen: listName(p.fullName),
        // Since 2025-08-01 the personal ID number stands in for the SI code (CV 1804/BHXH-QLT); the wire
        // format keeps no older 10-digit code.
        MasoBHXH: p.idNumber,
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
        PA: planCode(context, index),
        Tyle: vsiRules.ratePercent,
        TyleNSNN: vsiRules.supportPercent[p.vsi.supportGroup],
        Heso: null,
        Phuongthuc: p.vsi.months,
        CCNS: supportBasis[p.vsi.supportGroup],
        // UNCERTAIN: read as the personal ID number, the SI identifier under Law 41/2024 (domain.md §4.2).
        ID: p.idNumber,
        Loai: null,
        TyleNSDP: localPercent,
        TienNSDP: quote?.localSupport ?? null,
        TyleHotroKhac: null,
        TienHotroKhac: null,
        ...addressCells(p.address),
        NgayBienLai: r.payment ? on : null,
        SoBienLai: r.payment?.receiptNo ?? null,
        MaNhanvienThu: context?.collectorCode ?? null,
      })
    }
  }
  return rows
}
