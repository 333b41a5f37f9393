// The − and + buttons beside the VSI income: one 50,000 step on the grid floor + m × step, never below the
// floor nor above the ceiling (− used to go down to 0, an income the quote then left out).
import { valueOn, type IsoDate } from '../../../domain/rules/dated.ts'
import type { RuleSet } from '../../../domain/rules/rule-set.ts'
import { parseMoney } from './parse-form-fields.ts'

export function stepIncome(text: string, direction: 1 | -1, rules: RuleSet, on: IsoDate): number {
  const vsi = valueOn(rules.vsi, on, 'VSI rules')
  const floor = valueOn(rules.povertyLineRural, on, 'poverty line')
  const ceiling = vsi.ceilingMultiple * valueOn(rules.referenceLevel, on, 'reference level')
  const step = vsi.incomeStep
  const current = parseMoney(text)
  if (Number.isNaN(current)) return floor
  // Position on the grid; an off-step income moves to the next grid value in the chosen direction.
  const k = (current - floor) / step
  const next = floor + (direction > 0 ? Math.floor(k) + 1 : Math.ceil(k) - 1) * step
  const top = floor + Math.floor((ceiling - floor) / step) * step
  return Math.min(top, Math.max(floor, next))
}
