// Issue #9 §4.4: the − button never steps below the floor (2026-11-25: floor 1,500,000, ceiling 50,600,000).
import { describe, expect, it } from 'vitest'
import { stepIncome } from '../../../../src/app/features/enrol/step-income.ts'
import { defaultRules } from '../../../../src/domain/rules/default-rules.ts'

const on = '2026-11-25'
const step = (text: string, d: 1 | -1) => stepIncome(text, d, defaultRules, on)

describe('stepIncome', () => {
  it('steps 50,000 up and down on the grid', () => {
    expect(step('2.000.000', 1)).toBe(2_050_000)
    expect(step('2.000.000', -1)).toBe(1_950_000)
  })
  it('never goes below the floor', () => {
    expect(step('1.500.000', -1)).toBe(1_500_000)
    expect(step('1.000.000', -1)).toBe(1_500_000)
    expect(step('', -1)).toBe(1_500_000)
    expect(step('0', 1)).toBe(1_500_000)
  })
  it('moves an off-step income onto the grid', () => {
    expect(step('1.520.000', -1)).toBe(1_500_000)
    expect(step('1.520.000', 1)).toBe(1_550_000)
  })
  it('never goes above the ceiling', () => {
    expect(step('50.600.000', 1)).toBe(50_600_000)
    expect(step('60.000.000', -1)).toBe(50_600_000)
  })
})
