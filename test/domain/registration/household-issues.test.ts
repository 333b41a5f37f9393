import { describe, expect, it } from 'vitest'
import { checkRegistration } from '../../../src/domain/registration/check-registration.ts'
import { householdIssues } from '../../../src/domain/registration/household-issues.ts'
import type { Participant } from '../../../src/domain/registration/registration-schema.ts'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'
import { sampleParticipant, sampleRegistration } from './sample-registration.ts'

const hiOnly = (householdOrder: number, amountDue: number, more: Partial<Participant> = {}) =>
  sampleParticipant({ vsi: undefined, hi: { months: 12, householdOrder, amountDue }, ...more })

describe('householdIssues', () => {
  it('refuses household HI for a member the state already pays for', () => {
    const p = hiOnly(1, 1_366_200, { hiExclusions: ['PENSIONER'] })
    const { errors, warnings } = householdIssues([p])
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
    const { errors, warnings } = householdIssues([p])
    expect(errors).toEqual([])
    expect(warnings).toEqual([
      expect.objectContaining({ path: 'participants.0.hi.exclusionOverride', code: 'ineligible' }),
    ])
    // The collector's free text is for the supervisor's screen, not repeated in the warning.
    expect(warnings[0]!.message).not.toContain('Trường không thu')
  })

  it('records flags for a member who does not take HI without any issue', () => {
    const child = sampleParticipant({ hi: undefined, hiExclusions: ['CHILD_UNDER_6'] })
    expect(householdIssues([child])).toEqual({ errors: [], warnings: [] })
  })

  it('checks ranks against the ladder when already-valid cards are declared (H6)', () => {
    const a = hiOnly(2, 956_340)
    const b = hiOnly(2, 956_340)
    a.hi!.alreadyValidRanks = 1
    b.hi!.alreadyValidRanks = 1
    expect(householdIssues([a, b]).warnings).toEqual([
      expect.objectContaining({
        path: 'participants.1.hi.householdOrder',
        details: { expected: 3, received: 2 },
      }),
    ])
    b.hi!.rankOverride = true
    expect(householdIssues([a, b]).warnings).toEqual([])
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
