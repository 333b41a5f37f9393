import { describe, expect, it } from 'vitest'
import { quoteVsi, type VsiInput } from '../../../src/domain/quote/vsi-quote.ts'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'
import type { RuleSet } from '../../../src/domain/rules/rule-set.ts'

const ON = '2026-11-25'

function quote(input: VsiInput, on = ON, rules: RuleSet = defaultRules) {
  const r = quoteVsi(input, rules, on)
  if (!r.ok) throw new Error(r.issue.message)
  return r.quote
}

describe('quoteVsi worked examples (domain.md §2.5)', () => {
  it.each([
    [
      'V1',
      { monthlyIncome: 1_500_000, months: 12, supportGroup: 'NEAR_POOR' },
      3_960_000,
      1_584_000,
      2_376_000,
    ],
    ['V2', { monthlyIncome: 3_000_000, months: 6, supportGroup: 'OTHER' }, 3_960_000, 396_000, 3_564_000],
    [
      'V3',
      { monthlyIncome: 1_500_000, months: 3, supportGroup: 'ETHNIC_MINORITY' },
      990_000,
      297_000,
      693_000,
    ],
    ['V4', { monthlyIncome: 2_000_000, months: 1, supportGroup: 'POOR' }, 440_000, 165_000, 275_000],
    [
      'V5',
      { monthlyIncome: 1_500_000, months: 6, supportGroup: 'OTHER', priorSupportedMonths: 118 },
      1_980_000,
      132_000,
      1_848_000,
    ],
    // V6: ethnic minority and poor ⇒ the highest group, POOR, is what the form sends.
    ['V6', { monthlyIncome: 1_500_000, months: 12, supportGroup: 'POOR' }, 3_960_000, 1_980_000, 1_980_000],
    ['V7', { monthlyIncome: 50_600_000, months: 1, supportGroup: 'OTHER' }, 11_132_000, 66_000, 11_066_000],
  ] as const)('%s', (_id, input, gross, support, cash) => {
    const q = quote(input)
    expect(q.gross).toBe(gross)
    expect(q.stateSupport).toBe(support)
    expect(q.payable).toBe(cash)
  })

  it('V5 supports only the 2 months left of the 120-month cap', () => {
    const q = quote({ monthlyIncome: 1_500_000, months: 6, supportGroup: 'OTHER', priorSupportedMonths: 118 })
    expect(q.supportPerMonth).toBe(66_000)
    expect(q.supportedMonths).toBe(2)
  })

  it('V8 projects the 2027 floor of 2,200,000', () => {
    const q = quote({ monthlyIncome: 2_200_000, months: 12, supportGroup: 'ETHNIC_MINORITY' }, '2027-03-01')
    expect(q.floor).toBe(2_200_000)
    expect(q.gross).toBe(5_808_000)
    expect(q.stateSupport).toBe(1_742_400)
    expect(q.payable).toBe(4_065_600)
  })

  it('uses the floor and ceiling of the payment date', () => {
    const q = quote({ monthlyIncome: 1_500_000, months: 1, supportGroup: 'OTHER' })
    expect(q.floor).toBe(1_500_000)
    expect(q.ceiling).toBe(50_600_000)
    expect(quote({ monthlyIncome: 1_500_000, months: 1, supportGroup: 'OTHER' }, '2026-06-30').ceiling).toBe(
      46_800_000,
    )
  })
})

describe('quoteVsi rejects (domain.md §2.5)', () => {
  it.each([
    ['below the floor', 1_499_999, 1],
    ['off the 50,000 step', 1_520_000, 1],
    ['above the ceiling', 50_650_000, 1],
    ['months = 5', 1_500_000, 5],
  ])('%s', (_what, monthlyIncome, months) => {
    const r = quoteVsi({ monthlyIncome, months, supportGroup: 'OTHER' }, defaultRules, ON)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.issue.code).toBe('out_of_range')
      expect(r.issue.message).toMatch(/[ạ-ỹđ]/u)
    }
  })

  it('accepts an off-step income when the step is turned off', () => {
    const noStep: RuleSet = {
      ...defaultRules,
      vsi: defaultRules.vsi.map((row) => ({ ...row, value: { ...row.value, incomeStep: 1 } })),
    }
    expect(quote({ monthlyIncome: 1_520_000, months: 1, supportGroup: 'OTHER' }, ON, noStep).payable).toBe(
      334_400 - 66_000,
    )
  })
})

describe('quoteVsi local support', () => {
  const withLaoCai: RuleSet = {
    ...defaultRules,
    localSupport: [
      {
        effectiveFrom: '2026-01-01',
        value: { '15': { POOR: 10 } },
        instrument: 'test',
        confidence: 'UNCERTAIN',
      },
    ],
  }
  it('is 0 by default', () => {
    const q = quote({ monthlyIncome: 1_500_000, months: 1, supportGroup: 'POOR', provinceCode: '15' })
    expect(q.localSupport).toBe(0)
  })
  it('applies a provincial rate on the floor for the supported months only', () => {
    const q = quote(
      {
        monthlyIncome: 1_500_000,
        months: 3,
        supportGroup: 'POOR',
        provinceCode: '15',
        priorSupportedMonths: 119,
      },
      ON,
      withLaoCai,
    )
    expect(q.localSupportPerMonth).toBe(33_000)
    expect(q.localSupport).toBe(33_000)
    expect(q.payable).toBe(990_000 - 165_000 - 33_000)
  })
  it('does not apply to another province or group', () => {
    expect(
      quote(
        { monthlyIncome: 1_500_000, months: 1, supportGroup: 'OTHER', provinceCode: '15' },
        ON,
        withLaoCai,
      ).localSupport,
    ).toBe(0)
    expect(
      quote({ monthlyIncome: 1_500_000, months: 1, supportGroup: 'POOR', provinceCode: '01' }, ON, withLaoCai)
        .localSupport,
    ).toBe(0)
  })
})
