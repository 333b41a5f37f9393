import { describe, expect, it } from 'vitest'
import { stateFundedChild } from '../../../src/domain/quote/state-funded-child.ts'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'

const ON = '2026-11-25'
const funded = (dateOfBirth: string) => stateFundedChild(dateOfBirth, defaultRules, ON)

describe('stateFundedChild (domain.md §3.4: under 6 on the collection date)', () => {
  it('a 3-year-old is state-paid; a child 6 today is not; one day short of 6 still is', () => {
    expect(funded('2023-05-10')).toBe('yes')
    expect(funded('2020-11-25')).toBe('no')
    expect(funded('2020-11-26')).toBe('yes')
  })

  it('with only the year or month known: maybe, when the child could be either side of 6', () => {
    expect(funded('2020')).toBe('maybe')
    expect(funded('2020-11')).toBe('maybe')
    expect(funded('2020-10')).toBe('no')
    expect(funded('2020-12')).toBe('yes')
    expect(funded('2021')).toBe('yes')
    expect(funded('2019')).toBe('no')
  })

  it('reads the age from the rule row in force on the date', () => {
    const rules = {
      ...defaultRules,
      hi: defaultRules.hi.map((row) => ({ ...row, value: { ...row.value, stateFundedChildUnderAge: 5 } })),
    }
    expect(stateFundedChild('2021-01-01', rules, ON)).toBe('no')
    expect(stateFundedChild('2021-12-01', rules, ON)).toBe('yes')
  })
})
