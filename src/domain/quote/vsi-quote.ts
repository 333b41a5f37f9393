import { formatVnd } from '../format/format-vnd.ts'
import type { FieldIssue } from '../registration/field-issue.ts'
import type { SupportGroup } from '../registration/registration-schema.ts'
import { rowOn, valueOn, type IsoDate } from '../rules/dated.ts'
import type { RuleSet } from '../rules/rule-set.ts'

export interface VsiInput {
  monthlyIncome: number
  months: number
  supportGroup: SupportGroup
  priorSupportedMonths?: number | undefined
  /** 2-digit province of residence: selects the provincial top-up (default 0). */
  provinceCode?: string | undefined
}

export interface VsiQuote {
  floor: number
  ceiling: number
  grossPerMonth: number
  supportPerMonth: number
  supportedMonths: number
  gross: number
  stateSupport: number
  localSupportPerMonth: number
  localSupport: number
  /** What the person pays in cash: gross − state support − local support. */
  payable: number
}

export type VsiQuoteResult = { ok: true; quote: VsiQuote } | { ok: false; issue: Omit<FieldIssue, 'path'> }

/** domain.md §2.4, payment modes M1–M12. Integer đồng throughout. */
export function quoteVsi(input: VsiInput, rules: RuleSet, on: IsoDate): VsiQuoteResult {
  const vsi = valueOn(rules.vsi, on, 'VSI rules')
  const floor = valueOn(rules.povertyLineRural, on, 'poverty line')
  const ceiling = vsi.ceilingMultiple * valueOn(rules.referenceLevel, on, 'reference level')
  const { monthlyIncome: income, months } = input
  if (!vsi.allowedMonths.includes(months)) {
    return {
      ok: false,
      issue: {
        code: 'out_of_range',
        message: `Phương thức đóng chỉ là ${orList(vsi.allowedMonths)} tháng`,
      },
    }
  }
  if (!Number.isInteger(income) || income < floor) {
    return {
      ok: false,
      issue: {
        code: 'out_of_range',
        message: `Mức thu nhập thấp nhất là ${formatVnd(floor, 'đồng')}`,
        details: { floor },
      },
    }
  }
  if (income > ceiling) {
    return {
      ok: false,
      issue: {
        code: 'out_of_range',
        message: `Mức thu nhập cao nhất là ${formatVnd(ceiling, 'đồng')}`,
        details: { ceiling },
      },
    }
  }
  if ((income - floor) % vsi.incomeStep !== 0) {
    return {
      ok: false,
      issue: {
        code: 'out_of_range',
        message: `Mức thu nhập phải bằng ${formatVnd(floor, 'đồng')} cộng bội số của ${formatVnd(vsi.incomeStep, 'đồng')}`,
        details: { floor, step: vsi.incomeStep },
      },
    }
  }
  const grossPerMonth = roundHalfUp((income * vsi.ratePercent) / 100)
  const k = vsi.supportPercent[input.supportGroup]
  const supportPerMonth = roundHalfUp((floor * vsi.ratePercent * k) / 10_000)
  const localPercent = localSupportPercent(rules, on, input.provinceCode, input.supportGroup)
  // Base of the local top-up is UNCERTAIN (domain.md §2.4): the floor, like the state support.
  const localSupportPerMonth = roundHalfUp((floor * vsi.ratePercent * localPercent) / 10_000)
  const supportedMonths = clamp(vsi.supportMaxMonths - (input.priorSupportedMonths ?? 0), 0, months)
  const gross = grossPerMonth * months
  const stateSupport = supportPerMonth * supportedMonths
  const localSupport = localSupportPerMonth * supportedMonths
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
      localSupportPerMonth,
      localSupport,
      // Support can never exceed gross: the person never receives money back.
      payable: Math.max(0, gross - stateSupport - localSupport),
    },
  }
}

function localSupportPercent(
  rules: RuleSet,
  on: IsoDate,
  provinceCode: string | undefined,
  group: SupportGroup,
): number {
  if (provinceCode === undefined) return 0
  return rowOn(rules.localSupport, on)?.value[provinceCode]?.[group] ?? 0
}

// The one rounding rule of domain.md (UNCERTAIN): half-up to 1 đồng on each monthly figure.
export function roundHalfUp(x: number): number {
  return Math.floor(x + 0.5)
}

function orList(xs: readonly number[]): string {
  return xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} hoặc ${xs[xs.length - 1]}`
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(Math.max(x, lo), hi)
}
