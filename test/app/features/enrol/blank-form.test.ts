import { describe, expect, it } from 'vitest'
import { blankForm, isBlankForm } from '../../../../src/app/features/enrol/blank-form.ts'
import { emptyParticipant } from '../../../../src/app/features/enrol/enrol-form-values.ts'
import { defaultRules } from '../../../../src/domain/rules/default-rules.ts'

describe('blankForm (issue #9 §4.3)', () => {
  it('is one blank person with no product and the income at the floor of the day', () => {
    const form = blankForm(defaultRules, '2026-11-25')
    expect(form).toEqual({
      participants: [emptyParticipant('1.500.000')],
      alreadyValidRanks: '0',
      paid: false,
      note: '',
    })
    expect(form.participants[0]).toMatchObject({ vsiOn: false, hiOn: false, vsiIncome: '1.500.000' })
    expect(blankForm(defaultRules, '2027-03-01').participants[0]?.vsiIncome).toBe('2.200.000')
  })
})

describe('isBlankForm (issue #9 §4.7)', () => {
  const blank = blankForm(defaultRules, '2026-11-25')
  const person = blank.participants[0]!
  it('is true for the blank form, so no draft is kept for it', () => {
    expect(isBlankForm(blank)).toBe(true)
    expect(isBlankForm({})).toBe(true)
  })
  it('is false once anything is typed or ticked, or a second person is added', () => {
    expect(isBlankForm({ participants: [{ ...person, fullName: 'L' }] })).toBe(false)
    expect(isBlankForm({ participants: [{ ...person, hiOn: true }] })).toBe(false)
    expect(isBlankForm({ participants: [{ ...person, consent: true }] })).toBe(false)
    expect(isBlankForm({ participants: [person, person] })).toBe(false)
  })
})
