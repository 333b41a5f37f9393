import { describe, expect, it } from 'vitest'
import { receiptOf } from '../../../src/domain/receipt/receipt-of.ts'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'
import { sampleParticipant, sampleRegistration } from '../registration/sample-registration.ts'

describe('receiptOf', () => {
  it('lists each member and product with period, amount in figures and words (domain.md §7.4)', () => {
    const reg = sampleRegistration({
      participants: [
        sampleParticipant(),
        sampleParticipant({
          fullName: 'Nguyễn Thị Bình',
          idNumber: '010187123456',
          sex: 'female',
          dateOfBirth: '1987',
          phone: undefined,
          vsi: undefined,
          hi: { months: 12, householdOrder: 2, amountDue: 956_340 },
        }),
      ],
      payment: { method: 'cash', amountCollected: 5_886_540, receiptNo: 'LC017-000123' },
    })
    const r = receiptOf(reg, defaultRules, { collector: 'Cán bộ Một', event: 'Bát Xát 11/2026' })
    expect(r).toMatchObject({
      receiptNo: 'LC017-000123',
      date: '25/11/2026',
      payer: { fullName: 'Nguyễn Văn An', address: 'Thôn 1, Xã Bát Xát, Lào Cai', phone: '0987654321' },
      totalText: '5.886.540 đồng',
      inWords: 'Năm triệu tám trăm tám mươi sáu nghìn năm trăm bốn mươi đồng',
      collector: 'Cán bộ Một',
      event: 'Bát Xát 11/2026',
    })
    expect(r.members.map((m) => m.lines.map((l) => [l.product, l.period, l.amountText, l.rank]))).toEqual([
      [
        ['vsi', '11/2026–04/2027', '3.564.000 đồng', undefined],
        // The HI card starts 30 days after a first payment (estimate, §3.2): 25/12/2026.
        ['hi', '12/2026–11/2027', '1.366.200 đồng', 1],
      ],
      [['hi', '12/2026–11/2027', '956.340 đồng', 2]],
    ])
    expect(r.members[1]!.dateOfBirth).toBe('1987')
    expect(r.voided).toBeUndefined()
  })

  it('shows a voided receipt as such', () => {
    const reg = sampleRegistration({ void: { reason: 'Nhầm người', at: '2026-11-26T08:00:00+07:00' } })
    expect(receiptOf(reg, defaultRules, { collector: '', event: '' }).voided).toEqual({
      reason: 'Nhầm người',
      date: '26/11/2026',
    })
  })
})
