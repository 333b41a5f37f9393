import { describe, expect, it } from 'vitest'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'
import { rulesMissingOn } from '../../../src/domain/rules/rules-missing-on.ts'

describe('rulesMissingOn', () => {
  it('finds every table on the fixture day', () => {
    expect(rulesMissingOn(defaultRules, '2026-11-25')).toEqual([])
  })

  it('names the tables with no row on a day before the first figures (a phone clock fallen back)', () => {
    const missing = rulesMissingOn(defaultRules, '1970-01-01')
    expect(missing).toContain('referenceLevel')
    expect(missing).toContain('hi')
  })
})
