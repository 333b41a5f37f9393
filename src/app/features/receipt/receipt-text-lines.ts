// The receipt as lines of text for the shared image (draw-receipt.ts): the same content as the screen and
// the print layouts, from the one Receipt model (src/domain/receipt/receipt-of.ts). The printed receipt is
// Vietnamese whatever the app language, as BHXH expects it.
import type { Receipt } from '../../../domain/receipt/receipt-of.ts'

export interface TextLine {
  text: string
  /** Right-aligned amount on the same row. */
  amount?: string
  bold?: boolean
  center?: boolean
  /** Thin rule above the line. */
  rule?: boolean
  size?: 'small' | 'large'
}

/** `copy`: a reprint, marked "BẢN SAO" so it cannot pass for a second original. */
export function receiptTextLines(r: Receipt, options: { copy?: boolean } = {}): TextLine[] {
  const lines: TextLine[] = []
  if (r.issuer) {
    lines.push(
      { text: r.issuer.unitName, bold: true, center: true },
      { text: r.issuer.unitAddress, center: true, size: 'small' },
      { text: `Mã số thuế: ${r.issuer.taxCode}`, center: true, size: 'small' },
    )
    if (r.kind === 'payment') {
      lines.push({
        text: `Mẫu số: ${r.issuer.formCode} · Ký hiệu: ${r.issuer.series}`,
        center: true,
        size: 'small',
      })
    }
  }
  if (r.kind === 'services') {
    lines.push(
      {
        text: 'GIẤY XÁC NHẬN HỖ TRỢ DỊCH VỤ',
        bold: true,
        center: true,
        size: 'large',
        rule: r.issuer !== undefined,
      },
      { text: 'Không thu tiền', center: true, size: 'small' },
    )
  } else {
    lines.push(
      { text: 'BIÊN LAI THU TIỀN', bold: true, center: true, size: 'large', rule: r.issuer !== undefined },
      { text: 'BHXH tự nguyện, BHYT hộ gia đình', center: true, size: 'small' },
    )
  }
  if (options.copy) lines.push({ text: '*** BẢN SAO ***', bold: true, center: true, size: 'large' })
  if (r.voided) lines.push({ text: '*** ĐÃ HUỶ ***', bold: true, center: true, size: 'large' })
  if (r.kind === 'services') {
    servicesBody(r, lines)
    return lines
  }
  lines.push(
    { text: `Số: ${r.receiptNo ?? '—'}`, bold: true, rule: true },
    { text: `Ngày thu: ${r.date}` },
    { text: `Người nộp: ${r.payer.fullName}` },
    { text: `Số định danh: ${r.payer.idNumber}` },
  )
  if (r.payer.address) lines.push({ text: `Địa chỉ: ${r.payer.address}` })
  if (r.payer.phone) lines.push({ text: `Điện thoại: ${r.payer.phone}` })
  if (r.event) lines.push({ text: `Sự kiện: ${r.event}` })
  r.members.forEach((m, i) => {
    lines.push({ text: `${i + 1}. ${m.fullName} · ${m.dateOfBirth}`, bold: true, rule: true })
    lines.push({ text: `Số định danh: ${m.idNumber}`, size: 'small' })
    for (const l of m.lines) {
      const rank = l.rank === undefined ? '' : ` (người thứ ${l.rank})`
      lines.push({ text: `${l.content}${rank}`, amount: l.amountText })
      lines.push({ text: `Kỳ ${l.period} (${l.months} tháng)`, size: 'small' })
    }
    if (m.servicesOnly) lines.push({ text: 'Chỉ hỗ trợ dịch vụ, không thu tiền', size: 'small' })
    for (const s of m.services) lines.push({ text: `+ ${s}`, size: 'small' })
  })
  lines.push(
    { text: 'Tổng cộng', amount: r.totalText, bold: true, rule: true, size: 'large' },
    { text: `Bằng chữ: ${r.inWords}` },
    { text: r.totalVnd > 0 ? 'Hình thức: tiền mặt' : 'Không thu tiền' },
    { text: `Người thu: ${r.collector}`, rule: true },
  )
  if (r.voided) lines.push({ text: `Đã huỷ ngày ${r.voided.date}. Lý do: ${r.voided.reason}`, bold: true })
  return lines
}

/** A services-only sitting: who was helped, with what, when and by whom; no amount, no receipt number. */
function servicesBody(r: Receipt, lines: TextLine[]): void {
  lines.push({ text: `Ngày: ${r.date}`, rule: true })
  if (r.event) lines.push({ text: `Sự kiện: ${r.event}` })
  r.members.forEach((m, i) => {
    lines.push({ text: `${i + 1}. ${m.fullName} · ${m.dateOfBirth}`, bold: true, rule: true })
    lines.push({ text: `Số định danh: ${m.idNumber}`, size: 'small' })
    for (const s of m.services) lines.push({ text: `Đã được ${s.charAt(0).toLowerCase()}${s.slice(1)}` })
  })
  lines.push({ text: `Người hỗ trợ: ${r.collector}`, rule: true })
  if (r.voided) lines.push({ text: `Đã huỷ ngày ${r.voided.date}. Lý do: ${r.voided.reason}`, bold: true })
}
