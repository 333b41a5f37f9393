import type { FieldIssue } from '../registration/field-issue.ts'
import type { SupportGroup } from '../registration/registration-schema.ts'
import { valueOn, type IsoDate } from '../rules/dated.ts'
import type { RuleSet } from '../rules/rule-set.ts'

export interface VsiInput {
  monthlyIncome: number
  months: number
  supportGroup: SupportGroup
  priorSupportedMonths?: number | undefined
}

export interface VsiQuote {
  floor: number
  ceiling: number
  grossPerMonth: number
  supportPerMonth: number
  supportedMonths: number
  gross: number
  stateSupport: number
  payable: number
}

export type VsiQuoteResult = { ok: true; quote: VsiQuote } | { ok: false; issue: Omit<FieldIssue, 'path'> }

const fmt = (n: number) => n.toLocaleString('vi-VN')

/** domain.md §2.4, payment modes M1–M12. Integer đồng throughout. */
export function quoteVsi(input: VsiInput, rules: RuleSet, on: IsoDate): VsiQuoteResult {
  const vsi = valueOn(rules.vsi, on, 'VSI rules')
  const floor = valueOn(rules.povertyLineRural, on, 'poverty line')
  const ceiling = vsi.ceilingMultiple * valueOn(rules.referenceLevel, on, 'reference level')
  const { monthlyIncome: income, months } = input
  if (!vsi.allowedMonths.includes(months)) {
    return {
      ok: false,
      issue: { code: 'out_of_range', message: 'Phương thức đóng chỉ là 1, 3, 6 hoặc 12 tháng' },
    }
  }
  if (!Number.isInteger(income) || income < floor) {
    return {
      ok: false,
      issue: {
        code: 'out_of_range',
        message: `Mức thu nhập thấp nhất là ${fmt(floor)} đồng`,
        details: { floor },
      },
    }
  }
  if (income > ceiling) {
    return {
      ok: false,
      issue: {
        code: 'out_of_range',
        message: `Mức thu nhập cao nhất là ${fmt(ceiling)} đồng`,
        details: { ceiling },
      },
    }
  }
  if ((income - floor) % vsi.incomeStep !== 0) {
    return {
      ok: false,
      issue: {
        code: 'out_of_range',
        message: `Mức thu nhập phải bằng ${fmt(floor)} cộng bội số của ${fmt(vsi.incomeStep)} đồng`,
        details: { floor, step: vsi.incomeStep },
      },
    }
  }
  const grossPerMonth = roundHalfUp((income * vsi.ratePercent) / 100)
  const k = vsi.supportPercent[input.supportGroup]
  const supportPerMonth = roundHalfUp((floor * vsi.ratePercent * k) / 10_000)
  const supportedMonths = clamp(vsi.supportMaxMonths - (input.priorSupportedMonths ?? 0), 0, months)
  const gross = grossPerMonth * months
  const stateSupport = supportPerMonth * supportedMonths
  return {
    ok: true,
    quote: {
      floor,
      ceiling,
      grossPerMonth,
      supportPerMonth,
      supportedMonths,
      gross,
      stateSupport,
      payable: gross - stateSupport,
    },
  }
}

// The one rounding rule of domain.md (UNCERTAIN): half-up to 1 đồng on each monthly figure.
export function roundHalfUp(x: number): number {
  return Math.floor(x + 0.5)
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(Math.max(x, lo), hi)
}
