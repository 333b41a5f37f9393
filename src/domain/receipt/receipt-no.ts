// Receipt numbers are `<receiptPrefix>-<sequence>` (design.md): the prefix comes from the office per device,
// the sequence from the device's counter, so two devices can never issue the same number.

export interface ReceiptNo {
  prefix: string
  seq: number
}

const PREFIX = /^[A-Z0-9]{1,12}$/u
export const MAX_RECEIPT_SEQ = 999_999

/** ("LC017", 123) → "LC017-000123". Throws on a bad prefix or a sequence out of 1..999999 (a bug, not input). */
export function formatReceiptNo(prefix: string, seq: number): string {
  if (!PREFIX.test(prefix)) throw new RangeError('Receipt prefix must be 1–12 capital letters or digits')
  if (!Number.isInteger(seq) || seq < 1 || seq > MAX_RECEIPT_SEQ) {
    throw new RangeError('Receipt sequence must be 1..999999')
  }
  return `${prefix}-${String(seq).padStart(6, '0')}`
}

/** "LC017-000123" → { prefix: "LC017", seq: 123 }; undefined when it is not a receipt number. */
export function parseReceiptNo(text: string): ReceiptNo | undefined {
  const m = /^([A-Z0-9]{1,12})-(\d{6})$/u.exec(text)
  if (!m || m[1] === undefined) return undefined
  const seq = Number(m[2])
  return seq >= 1 ? { prefix: m[1], seq } : undefined
}
