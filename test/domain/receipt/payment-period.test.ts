import { expect, it } from 'vitest'
import { paymentPeriod } from '../../../src/domain/receipt/payment-period.ts'

it('prints mm/yyyy–mm/yyyy, across a year end', () => {
  expect(paymentPeriod('2026-11-25', 12)).toEqual({ from: '11/2026', to: '10/2027', text: '11/2026–10/2027' })
  expect(paymentPeriod('2026-11-25', 1).text).toBe('11/2026–11/2026')
  expect(paymentPeriod('2026-12-25', 3).text).toBe('12/2026–02/2027')
  expect(paymentPeriod('2026-01-01', 6).text).toBe('01/2026–06/2026')
})

it('refuses a period of no months', () => {
  expect(() => paymentPeriod('2026-11-25', 0)).toThrow(RangeError)
})
