import { describe, expect, it } from 'vitest'
import { checkRegistration } from '../../../src/domain/registration/check-registration.ts'
import { householdIssues } from '../../../src/domain/registration/household-issues.ts'
import type { Participant } from '../../../src/domain/registration/registration-schema.ts'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'
import { sampleParticipant, sampleRegistration } from './sample-registration.ts'

const ON = '2026-11-25'

const hiOnly = (householdOrder: number, amountDue: number, more: Partial<Participant> = {}) =>
  sampleParticipant({ vsi: undefined, hi: { months: 12, householdOrder, amountDue }, ...more })

describe('householdIssues', () => {
  it('refuses household HI for a member the state already pays for', () => {
    const p = hiOnly(1, 1_366_200, { hiExclusions: ['PENSIONER'] })
    const { errors, warnings } = householdIssues([p], defaultRules, ON)
    expect(warnings).toEqual([])
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'participants.0.hi',
        code: 'ineligible',
        details: { flags: ['PENSIONER'] },
        message: expect.stringContaining('ngân sách nhà nước'),
      }),
    ])
  })

  it('lets the supervisor override through, with a warning', () => {
    const p = hiOnly(1, 1_366_200, { hiExclusions: ['STUDENT'] })
    p.hi!.exclusionOverride = { reason: 'Trường không thu BHYT năm nay' }
    const { errors, warnings } = householdIssues([p], defaultRules, ON)
    expect(errors).toEqual([])
    expect(warnings).toEqual([
      expect.objectContaining({ path: 'participants.0.hi.exclusionOverride', code: 'ineligible' }),
    ])
    // The collector's free text is for the supervisor's screen, not repeated in the warning.
    expect(warnings[0]!.message).not.toContain('Trường không thu')
  })

  it('records flags for a member who does not take HI without any issue', () => {
    const child = sampleParticipant({ hi: undefined, hiExclusions: ['CHILD_UNDER_6'] })
    expect(householdIssues([child], defaultRules, ON)).toEqual({ errors: [], warnings: [] })
  })

  it('refuses a computed rank that is not the ladder’s (H6): it changes the sum', () => {
    const a = hiOnly(2, 956_340)
    const b = hiOnly(2, 956_340)
    a.hi!.alreadyValidRanks = 1
    b.hi!.alreadyValidRanks = 1
    expect(householdIssues([a, b], defaultRules, ON)).toEqual({
      errors: [
        expect.objectContaining({
          path: 'participants.1.hi.householdOrder',
          details: { expected: 3, received: 2 },
        }),
      ],
      warnings: [],
    })
    // Typed by hand (the lapsed-card case): the supervisor checks it.
    b.hi!.rankOverride = true
    expect(householdIssues([a, b], defaultRules, ON)).toEqual({ errors: [], warnings: [] })
  })

  describe('children under 6 are state-paid (domain.md §3.4, issue #9)', () => {
    const child = (dateOfBirth: string, householdOrder = 1, amountDue = 1_366_200) =>
      hiOnly(householdOrder, amountDue, { dateOfBirth, idNumber: '010322774403', sex: 'female' })

    it('refuses household HI for a 3-year-old, with no override', () => {
      const three = child('2023-05-10')
      three.hi!.exclusionOverride = { reason: 'Gia đình muốn đóng' }
      expect(householdIssues([three], defaultRules, ON)).toEqual({
        errors: [
          expect.objectContaining({
            path: 'participants.0.hi',
            code: 'ineligible',
            details: { flags: ['CHILD_UNDER_6'] },
            message: 'Trẻ em dưới 6 tuổi được ngân sách nhà nước đóng BHYT: không thu BHYT hộ gia đình',
          }),
        ],
        warnings: [],
      })
    })

    it('counts age on the collection date: 6 today pays, one day short does not', () => {
      expect(householdIssues([child('2020-11-25')], defaultRules, ON)).toEqual({ errors: [], warnings: [] })
      expect(householdIssues([child('2020-11-26')], defaultRules, ON).errors).toHaveLength(1)
    })

    it('warns at the birth date when only the year or month is known and the child may be under 6', () => {
      // Born in 2020: 6 if born by 25 November, 5 after.
      expect(householdIssues([child('2020')], defaultRules, ON)).toEqual({
        errors: [],
        warnings: [
          expect.objectContaining({
            path: 'participants.0.dateOfBirth',
            code: 'ineligible',
            message: expect.stringContaining('nếu trẻ chưa đủ 6 tuổi'),
          }),
        ],
      })
      expect(householdIssues([child('2020-12')], defaultRules, ON).errors).toHaveLength(1)
      expect(householdIssues([child('2020-11')], defaultRules, ON).warnings).toHaveLength(1)
      // Born in 2021: certainly under 6.
      expect(householdIssues([child('2021')], defaultRules, ON).errors).toHaveLength(1)
    })

    it('leaves the child out of the ladder: the next member is second, not third', () => {
      const a = hiOnly(1, 1_366_200)
      const kid = child('2022-03-01', 2, 956_340)
      const b = hiOnly(2, 956_340, { idNumber: '010085123457' })
      for (const p of [a, kid, b]) p.hi!.alreadyValidRanks = 0
      const { errors } = householdIssues([a, kid, b], defaultRules, ON)
      expect(errors.map((e) => e.path)).toEqual(['participants.1.hi'])
    })
  })

  it('is applied by checkRegistration (the server)', () => {
    const reg = sampleRegistration({
      participants: [hiOnly(1, 1_366_200, { hiExclusions: ['CHILD_UNDER_6'] })],
      payment: { method: 'cash', amountCollected: 1_366_200, receiptNo: 'LC017-000123' },
    })
    const r = checkRegistration(reg, defaultRules)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.map((e) => e.code)).toEqual(['ineligible'])
  })

  it('H6 through checkRegistration: ranks 2 and 3 after one valid card, no warning', () => {
    const a = hiOnly(2, 956_340, { idNumber: '010085123457' })
    const b = hiOnly(3, 819_720, { idNumber: '010085123458' })
    a.hi!.alreadyValidRanks = 1
    b.hi!.alreadyValidRanks = 1
    const reg = sampleRegistration({
      participants: [a, b],
      payment: { method: 'cash', amountCollected: 1_776_060, receiptNo: 'LC017-000123' },
    })
    const r = checkRegistration(reg, defaultRules)
    expect(r).toMatchObject({ ok: true, warnings: [] })
  })
})
