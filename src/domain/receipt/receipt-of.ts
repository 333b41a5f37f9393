// What a collection receipt says (domain.md §7.4), as plain text lines: the receipt screen, its print
// layouts and the shared PNG all draw this one model, so they can never disagree.
import { findProvince } from '../admin/provinces.ts'
import { amountInWords } from '../format/amount-in-words.ts'
import { formatDateVi } from '../format/format-date-vi.ts'
import { formatVnd } from '../format/format-vnd.ts'
import { estimateHiCardStart } from '../quote/estimate-hi-card-start.ts'
import { vietnamDate } from '../registration/local-date.ts'
import type { Registration } from '../registration/registration-schema.ts'
import type { RuleSet } from '../rules/rule-set.ts'
import { paymentPeriod } from './payment-period.ts'
import type { ReceiptIssuer } from './receipt-issuer.ts'

export interface ReceiptLine {
  product: 'vsi' | 'hi'
  /** "Thu tiền đóng BHXH tự nguyện" / "Thu tiền đóng BHYT hộ gia đình". */
  content: string
  months: number
  /** "11/2026–10/2027". */
  period: string
  /** Household HI rank ("người thứ 2"). */
  rank?: number
  amountVnd: number
  amountText: string
}

export interface ReceiptMember {
  fullName: string
  idNumber: string
  dateOfBirth: string
  lines: ReceiptLine[]
  /** No product: only a service (VssID, cashless pension). */
  servicesOnly: boolean
  /** The services given this member, as the slip names them. */
  services: string[]
}

/** What the slip names for each service flag (Registration `services`). */
export const SERVICE_NAMES = {
  vssidAssisted: 'Hỗ trợ cài đặt và đăng nhập ứng dụng VssID',
  cashlessPension: 'Hỗ trợ đăng ký nhận lương hưu, trợ cấp BHXH không dùng tiền mặt',
} as const

export interface Receipt {
  /**
   * `payment`: a collection receipt (biên lai thu tiền). `services`: nothing was collected (a sitting of VssID
   * help or a cashless-pension switch only), so the slip is a confirmation of the service given, never a
   * 0-đồng receipt.
   */
  kind: 'payment' | 'services'
  receiptNo: string | null
  /** "25/11/2026" */
  date: string
  payer: { fullName: string; idNumber: string; address: string; phone?: string }
  members: ReceiptMember[]
  totalVnd: number
  /** "1.366.200 đồng" */
  totalText: string
  /** "Một triệu ba trăm sáu mươi sáu nghìn hai trăm đồng" */
  inWords: string
  collector: string
  event: string
  /** The collecting unit, tax code, form code and series the office set (absent on phones without them). */
  issuer?: ReceiptIssuer
  voided?: { reason: string; date: string }
}

export function receiptOf(
  reg: Registration,
  rules: RuleSet,
  context: { collector: string; event: string; issuer?: ReceiptIssuer | undefined },
): Receipt {
  const on = vietnamDate(reg.collectedAt)
  // Money is paid up front at events: VSI runs from the payment month (domain.md §2.2); the HI card from
  // its estimated start (§3.2), the same date D03-TS exports as TuNgay.
  const hiFrom = estimateHiCardStart(on, rules).validFrom
  const members = reg.participants.map((p): ReceiptMember => {
    const lines: ReceiptLine[] = []
    if (p.vsi) {
      lines.push({
        product: 'vsi',
        content: 'Thu tiền đóng BHXH tự nguyện',
        months: p.vsi.months,
        period: paymentPeriod(on, p.vsi.months).text,
        amountVnd: p.vsi.amountDue,
        amountText: formatVnd(p.vsi.amountDue, 'đồng'),
      })
    }
    if (p.hi) {
      lines.push({
        product: 'hi',
        content: 'Thu tiền đóng BHYT hộ gia đình',
        months: p.hi.months,
        period: paymentPeriod(hiFrom, p.hi.months).text,
        rank: p.hi.householdOrder,
        amountVnd: p.hi.amountDue,
        amountText: formatVnd(p.hi.amountDue, 'đồng'),
      })
    }
    return {
      fullName: p.fullName,
      idNumber: p.idNumber,
      dateOfBirth: formatDateVi(p.dateOfBirth),
      lines,
      servicesOnly: lines.length === 0,
      services: (['vssidAssisted', 'cashlessPension'] as const)
        .filter((k) => p.services[k])
        .map((k) => SERVICE_NAMES[k]),
    }
  })
  const payer = reg.participants[0]
  const address = payer
    ? [payer.address.village, payer.address.commune, findProvince(payer.address.provinceCode)?.name]
        .filter((x) => x !== undefined && x !== '')
        .join(', ')
    : ''
  const totalVnd = reg.payment?.amountCollected ?? 0
  const receipt: Receipt = {
    kind: reg.payment === null && totalVnd === 0 ? 'services' : 'payment',
    receiptNo: reg.payment?.receiptNo ?? null,
    date: formatDateVi(on),
    payer: { fullName: payer?.fullName ?? '', idNumber: payer?.idNumber ?? '', address },
    members,
    totalVnd,
    totalText: formatVnd(totalVnd, 'đồng'),
    inWords: amountInWords(totalVnd),
    collector: context.collector,
    event: context.event,
  }
  if (payer?.phone) receipt.payer.phone = payer.phone
  if (context.issuer) receipt.issuer = context.issuer
  if (reg.void) receipt.voided = { reason: reg.void.reason, date: formatDateVi(reg.void.at) }
  return receipt
}
