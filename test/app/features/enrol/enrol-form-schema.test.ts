import { describe, expect, it } from 'vitest'
import { defaultRules } from '../../../../src/domain/index.ts'
import { enrolFormSchema, participantIssues } from '../../../../src/app/features/enrol/enrol-form-schema.ts'
import {
  emptyParticipant,
  type ParticipantFormValues,
} from '../../../../src/app/features/enrol/enrol-form-values.ts'

const today = '2026-11-25'

function person(overrides: Partial<ParticipantFormValues> = {}): ParticipantFormValues {
  return {
    ...emptyParticipant('1.500.000'),
    fullName: 'Giàng A Páo',
    idNumber: '010090001234',
    dobYear: '1990',
    sex: 'male',
    ethnicityCode: '08',
    commune: 'Xã Y Tý',
    consent: true,
    hiOn: true,
    ...overrides,
  }
}

const messages = (p: ParticipantFormValues) =>
  Object.fromEntries(participantIssues(p, defaultRules, today).map((i) => [i.path[0], i.message]))

describe('participantIssues', () => {
  it('accepts a complete person', () => {
    expect(participantIssues(person(), defaultRules, today)).toEqual([])
  })

  it('reports a wrong-length ID number at the field, in Vietnamese', () => {
    expect(messages(person({ idNumber: '01009000123' })).idNumber).toBe(
      'Số định danh cá nhân phải gồm đúng 12 chữ số',
    )
  })

  it('accepts year only, month/year or a full date, and refuses a future one', () => {
    expect(messages(person({ dobMonth: '3' }))).toEqual({})
    expect(messages(person({ dobMonth: '03', dobDay: '9' }))).toEqual({})
    expect(messages(person({ dobYear: '2027' })).dobYear).toBe('Ngày sinh không thể sau hôm nay')
    expect(messages(person({ dobYear: '2026', dobMonth: '12' })).dobYear).toBe(
      'Ngày sinh không thể sau hôm nay',
    )
    expect(messages(person({ dobDay: '5' })).dobMonth).toBeDefined()
    expect(messages(person({ dobYear: '1990', dobMonth: '02', dobDay: '30' })).dobYear).toBeDefined()
  })

  it('checks the VSI income against the floor and the step', () => {
    expect(messages(person({ vsiOn: true, vsiIncome: '1.499.999' })).vsiIncome).toMatch(/thấp nhất/)
    expect(messages(person({ vsiOn: true, vsiIncome: '1520000' })).vsiIncome).toMatch(/bội số/)
    expect(messages(person({ vsiOn: true, vsiIncome: '1.550.000' })).vsiIncome).toBeUndefined()
  })

  it('needs consent, and at least one product or service', () => {
    const m = messages(person({ consent: false, hiOn: false }))
    expect(m.consent).toBeDefined()
    expect(m.vsiOn).toMatch(/ít nhất một/)
    expect(messages(person({ hiOn: false, vssidAssisted: true }))).toEqual({})
  })

  it('refuses the ethnic-minority support group for a Kinh person', () => {
    expect(
      messages(person({ ethnicityCode: '01', vsiOn: true, supportGroup: 'ETHNIC_MINORITY' })).supportGroup,
    ).toBeDefined()
  })

  it('refuses VSI under 15', () => {
    expect(messages(person({ dobYear: '2015', vsiOn: true })).vsiOn).toMatch(/15 tuổi/)
  })
})

describe('enrolFormSchema', () => {
  it('asks the collector to confirm the cash when something is due', () => {
    const schema = enrolFormSchema(defaultRules, today)
    const r = schema.safeParse({ participants: [person()], alreadyValidRanks: '0', paid: false })
    expect(r.success).toBe(false)
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['paid'])
    expect(schema.safeParse({ participants: [person()], alreadyValidRanks: '0', paid: true }).success).toBe(
      true,
    )
    const servicesOnly = person({ hiOn: false, vssidAssisted: true })
    expect(
      schema.safeParse({ participants: [servicesOnly], alreadyValidRanks: '0', paid: false }).success,
    ).toBe(true)
  })

  it('puts a person’s errors under their index', () => {
    const r = enrolFormSchema(defaultRules, today).safeParse({
      participants: [person(), person({ idNumber: '1' })],
      alreadyValidRanks: '0',
      paid: true,
    })
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['participants.1.idNumber'])
  })
})

describe('household at one sitting (issue #4)', () => {
  const schema = enrolFormSchema(defaultRules, today)

  it('blocks HI for a member in a state-paid group unless the supervisor override has a note', () => {
    const child = person({ dobYear: '2023', hiExclusion: 'CHILD_UNDER_6' })
    expect(messages(child).hiExclusion).toMatch(/được ngân sách đóng/)
    expect(messages({ ...child, hiOverride: true }).hiOverrideNote).toMatch(/Ghi chú cho giám sát|ghi chú/i)
    expect(messages({ ...child, hiOverride: true, hiOverrideNote: 'Thẻ trẻ em chưa cấp' })).toEqual({})
    // Without HI the flag blocks nothing.
    expect(messages({ ...child, hiOn: false, vssidAssisted: true })).toEqual({})
  })

  it('refuses ADV/GAP at the field: the BHXH office computes them', () => {
    expect(messages(person({ vsiOn: true, vsiMonths: 'ADV' })).vsiMonths).toMatch(/cơ quan BHXH/)
    expect(messages(person({ vsiOn: true, vsiMonths: 'GAP' })).vsiMonths).toMatch(/cơ quan BHXH/)
  })

  it('needs a whole number of already-valid cards and prior supported months', () => {
    const r = schema.safeParse({ participants: [person()], alreadyValidRanks: 'x', paid: true })
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['alreadyValidRanks'])
    expect(messages(person({ vsiOn: true, vsiPriorMonths: 'abc' })).vsiPriorMonths).toBeDefined()
    expect(messages(person({ householdOrder: '0' })).householdOrder).toBeDefined()
  })
})
