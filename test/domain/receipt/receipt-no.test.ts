import { describe, expect, it } from 'vitest'
import { formatReceiptNo, parseReceiptNo } from '../../../src/domain/receipt/receipt-no.ts'
import { paymentSchema } from '../../../src/domain/registration/registration-schema.ts'

describe('formatReceiptNo', () => {
  it('zero-pads the sequence to 6 digits', () => {
    expect(formatReceiptNo('LC017', 123)).toBe('LC017-000123')
    expect(formatReceiptNo('LC07', 999_999)).toBe('LC07-999999')
  })
  it('matches the payment schema', () => {
    const receiptNo = formatReceiptNo('LC017', 1)
    expect(paymentSchema.safeParse({ method: 'cash', amountCollected: 1, receiptNo }).success).toBe(true)
  })
  it('throws on bad input', () => {
    expect(() => formatReceiptNo('lc017', 1)).toThrow(RangeError)
    expect(() => formatReceiptNo('LC017', 0)).toThrow(RangeError)
    expect(() => formatReceiptNo('LC017', 1_000_000)).toThrow(RangeError)
  })
})

describe('parseReceiptNo', () => {
  it('round-trips', () => {
    expect(parseReceiptNo(formatReceiptNo('LC017', 123))).toEqual({ prefix: 'LC017', seq: 123 })
  })
  it('rejects anything else', () => {
    for (const s of ['LC017-123', 'LC017000123', 'lc017-000123', 'LC017-000000', '']) {
      expect(parseReceiptNo(s)).toBeUndefined()
    }
  })
})
