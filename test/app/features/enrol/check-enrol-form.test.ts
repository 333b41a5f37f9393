// The enrol form's checks are checkRegistration's (issue #9): these cases are the domain's rules as the
// collector meets them, at the form field, plus the few "cannot read what was typed" checks of the form.
import { describe, expect, it } from 'vitest'
import { checkEnrolForm } from '../../../../src/app/features/enrol/check-enrol-form.ts'
import {
  emptyParticipant,
  type EnrolFormValues,
  type ParticipantFormValues,
} from '../../../../src/app/features/enrol/enrol-form-values.ts'
import { enrolResolver } from '../../../../src/app/features/enrol/enrol-validation.ts'
import { quoteForm } from '../../../../src/app/features/enrol/quote-participant.ts'
import { defaultRules } from '../../../../src/domain/rules/default-rules.ts'

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
    communeCode: '02701',
    consent: true,
    hiOn: true,
    ...overrides,
  }
}
const vsi = { vsiOn: true, hiOn: false, vsiPension: 'no', supportGroup: 'ETHNIC_MINORITY' } as const

/** Ticked "paid" for the total it shows, unless `more` says otherwise. */
const form = (
  participants: ParticipantFormValues[],
  more: Partial<EnrolFormValues> = {},
): EnrolFormValues => {
  const values: EnrolFormValues = { participants, alreadyValidRanks: '0', paid: true, note: '', ...more }
  return { paidFor: quoteForm(values, defaultRules, today).total, ...values }
}
const check = (...participants: ParticipantFormValues[]) =>
  checkEnrolForm(form(participants), defaultRules, today)
/** Field → message of the first person's errors (or warnings). */
const errorsAt = (p: ParticipantFormValues) =>
  Object.fromEntries(check(p).errors.map((e) => [e.field.replace(/^participants\.0\./, ''), e.message]))
const warningsAt = (p: ParticipantFormValues) =>
  Object.fromEntries(check(p).warnings.map((e) => [e.field.replace(/^participants\.0\./, ''), e.message]))

describe('checkEnrolForm: what cannot be read', () => {
  it('accepts a complete person with nothing to say', () => {
    expect(check(person())).toEqual({ errors: [], warnings: [] })
  })

  it('reports a wrong-length ID number at the field, in Vietnamese', () => {
    expect(errorsAt(person({ idNumber: '01009000123' })).idNumber).toBe(
      'Số định danh cá nhân phải gồm đúng 12 chữ số',
    )
  })

  it('reads year only, month/year or a full date; a day needs its month; 30 February does not exist', () => {
    expect(errorsAt(person({ dobMonth: '3' }))).toEqual({})
    expect(errorsAt(person({ dobMonth: '03', dobDay: '9' }))).toEqual({})
    expect(errorsAt(person({ dobDay: '5' })).dobMonth).toBe('Có ngày thì cần cả tháng sinh')
    expect(errorsAt(person({ dobMonth: '02', dobDay: '30' })).dobYear).toBe('Ngày sinh không tồn tại')
  })

  it('needs consent, and at least one product or service (the wire schema’s own message)', () => {
    const m = errorsAt(person({ consent: false, hiOn: false }))
    expect(m.consent).toBeDefined()
    expect(m.vsiOn).toBe('Chọn ít nhất một loại: BHXH tự nguyện, BHYT hoặc dịch vụ hỗ trợ')
    expect(errorsAt(person({ hiOn: false, vssidAssisted: true }))).toEqual({})
  })

  it('wants the commune’s code, or a reason why it is not in the list (issue #12)', () => {
    expect(errorsAt(person({ communeCode: '' })).commune).toMatch(/Không có trong danh sách/)
    const { communeCode: _, ...fromAnOlderDraft } = person()
    expect(errorsAt(fromAnOlderDraft).commune).toBeDefined()
    expect(
      errorsAt(person({ communeCode: '', communeNote: 'Xã mới tách, chưa có trong danh sách' })),
    ).toEqual({})
    expect(errorsAt(person({ commune: '', communeCode: '' })).commune).toBe('Nhập xã/phường')
  })

  it('asks the pension question of every VSI participant', () => {
    expect(errorsAt(person({ ...vsi, vsiPension: '' })).vsiPension).toMatch(/lương hưu/)
    expect(errorsAt(person(vsi))).toEqual({})
  })

  it('refuses ADV/GAP at the field: the BHXH office computes them', () => {
    expect(errorsAt(person({ ...vsi, vsiMonths: 'ADV' })).vsiMonths).toMatch(/cơ quan BHXH/)
    expect(errorsAt(person({ ...vsi, vsiMonths: 'GAP' })).vsiMonths).toMatch(/cơ quan BHXH/)
  })

  it('needs whole numbers of already-valid cards, prior supported months and a typed rank', () => {
    const r = checkEnrolForm(form([person()], { alreadyValidRanks: 'x' }), defaultRules, today)
    expect(r.errors.map((e) => e.field)).toEqual(['alreadyValidRanks'])
    expect(errorsAt(person({ ...vsi, vsiPriorMonths: 'abc' })).vsiPriorMonths).toBeDefined()
    expect(errorsAt(person({ householdOrder: '0' })).householdOrder).toBeDefined()
  })

  it('asks the collector to confirm the cash when something is due', () => {
    const r = checkEnrolForm(form([person()], { paid: false }), defaultRules, today)
    expect(r.errors.map((e) => e.field)).toEqual(['paid'])
    const servicesOnly = person({ hiOn: false, vssidAssisted: true })
    expect(checkEnrolForm(form([servicesOnly], { paid: false }), defaultRules, today).errors).toEqual([])
  })

  it('takes the tick for the sum it was given: a total changed since, or a draft without it, asks again', () => {
    const one = form([person()])
    expect(checkEnrolForm(one, defaultRules, today).errors).toEqual([])
    // Ticked for one person's HI, then a second member added: the household owes more than was counted.
    const two = {
      ...one,
      participants: [person(), person({ idNumber: '010090001235', householdOrder: '2' })],
    }
    expect(two.paidFor).toBeLessThan(quoteForm(two, defaultRules, today).total)
    expect(checkEnrolForm(two, defaultRules, today).errors.map((e) => e.field)).toEqual(['paid'])
    // A draft saved before the form kept the ticked sum.
    const { paidFor: _, ...olderDraft } = one
    expect(checkEnrolForm(olderDraft, defaultRules, today).errors.map((e) => e.field)).toEqual(['paid'])
  })
})

describe('checkEnrolForm: the domain’s rules at the fields (one rulebook, issue #9)', () => {
  it('a Kinh person cannot have the ethnic-minority group: the server’s error, at the field', () => {
    const kinh = person({ ...vsi, ethnicityCode: '01' })
    expect(check(kinh).errors).toEqual([
      {
        field: 'participants.0.supportGroup',
        code: 'ineligible',
        message: 'Người dân tộc Kinh không thuộc nhóm hỗ trợ dân tộc thiểu số (30%)',
      },
    ])
    // Before (the form's own rulebook) this was an error here and a warning on the server.
  })

  it('shows a rule while other fields are still empty, and nothing judged against an empty one', () => {
    const half = person({ ...vsi, ethnicityCode: '01', fullName: '', idNumber: '', consent: false })
    expect(errorsAt(half)).toEqual({
      fullName: 'Nhập họ và tên',
      idNumber: 'Số định danh cá nhân phải gồm đúng 12 chữ số',
      consent: 'Người tham gia phải đồng ý cho thu thập thông tin',
      supportGroup: 'Người dân tộc Kinh không thuộc nhóm hỗ trợ dân tộc thiểu số (30%)',
    })
    // No ethnic group chosen yet: the support group is not judged against a stand-in.
    expect(errorsAt(person({ ...vsi, ethnicityCode: '' }))).toEqual({ ethnicityCode: 'Chọn dân tộc' })
    // No sex chosen yet: the ID's sex digit is not compared with a stand-in.
    expect(warningsAt(person({ idNumber: '010190001234', sex: '' }))).toEqual({})
  })

  it('a minority person in the 20 % group is refused: it changes the sum', () => {
    expect(errorsAt(person({ ...vsi, supportGroup: 'OTHER' })).supportGroup).toMatch(/được hỗ trợ 30%/)
  })

  it('checks the VSI income against the floor and the step (the quote’s messages)', () => {
    expect(errorsAt(person({ ...vsi, vsiIncome: '1.499.999' })).vsiIncome).toMatch(/thấp nhất/)
    expect(errorsAt(person({ ...vsi, vsiIncome: '1520000' })).vsiIncome).toMatch(/bội số/)
    expect(errorsAt(person({ ...vsi, vsiIncome: '1.550.000' }))).toEqual({})
    expect(errorsAt(person({ ...vsi, vsiIncome: '' })).vsiIncome).toBe('Nhập mức thu nhập tháng')
  })

  it('refuses a birth date after the collection date (the domain’s message)', () => {
    expect(errorsAt(person({ dobYear: '2027' })).dobYear).toBe('Ngày sinh không thể sau ngày thu')
    expect(errorsAt(person({ dobYear: '2026', dobMonth: '12' })).dobYear).toBe(
      'Ngày sinh không thể sau ngày thu',
    )
  })

  it('VSI under 15 is refused at the birth date; a year that may be 14 is a warning there', () => {
    const young = { idNumber: '010212001234' }
    expect(check(person({ ...vsi, ...young, dobYear: '2012' })).errors).toEqual([
      expect.objectContaining({ field: 'participants.0.dobYear', code: 'ineligible' }),
    ])
    const maybe = check(person({ ...vsi, idNumber: '010211001234', dobYear: '2011' }))
    expect(maybe.errors).toEqual([])
    expect(maybe.warnings).toEqual([
      expect.objectContaining({ field: 'participants.0.dobYear', code: 'ineligible' }),
    ])
  })

  it('someone already receiving a pension or benefit cannot join VSI', () => {
    expect(check(person({ ...vsi, vsiPension: 'yes' })).errors).toEqual([
      {
        field: 'participants.0.vsiPension',
        code: 'ineligible',
        message:
          'Người đang hưởng lương hưu, trợ cấp BHXH hoặc trợ cấp hằng tháng không tham gia BHXH tự nguyện',
      },
    ])
    expect(check(person({ ...vsi, cashlessPension: true })).errors).toEqual([
      expect.objectContaining({ field: 'participants.0.cashlessPension', code: 'ineligible' }),
    ])
  })

  it('a 3-year-old with household HI is refused at the HI box, and the next member is rank 1', () => {
    const child = person({
      fullName: 'Thào Thị Mỷ',
      idNumber: '010323774403',
      sex: 'female',
      dobYear: '2023',
    })
    const r = check(child, person())
    expect(r.errors).toEqual([
      {
        field: 'participants.0.hiOn',
        code: 'ineligible',
        message: 'Trẻ em dưới 6 tuổi được ngân sách nhà nước đóng BHYT: không thu BHYT hộ gia đình',
      },
    ])
    // Only the VssID help for her: nothing to say, and the adult pays rank 1 (checked by the domain).
    expect(check({ ...child, hiOn: false, vssidAssisted: true }, person())).toEqual({
      errors: [],
      warnings: [],
    })
  })

  it('a child whose birth year may be under 6 is a warning at the birth year', () => {
    const maybe = person({ idNumber: '010220774403', dobYear: '2020' })
    expect(check(maybe)).toEqual({
      errors: [],
      warnings: [
        expect.objectContaining({
          field: 'participants.0.dobYear',
          message: expect.stringContaining('nếu trẻ chưa đủ 6 tuổi'),
        }),
      ],
    })
  })

  it('shows ID digits that disagree with the birth year as a warning at the ID, never an error', () => {
    const r = check(person({ dobYear: '1991' }))
    expect(r.errors).toEqual([])
    expect(r.warnings.map((w) => [w.field, w.code])).toEqual([['participants.0.idNumber', 'id_mismatch']])
  })

  it('a §3.4 group blocks HI unless the supervisor override has a note; then the supervisor is warned', () => {
    const student = person({ hiExclusion: 'STUDENT' })
    expect(errorsAt(student).hiOn).toMatch(/ngân sách nhà nước đóng hoặc hỗ trợ BHYT/)
    expect(errorsAt({ ...student, hiOverride: true }).hiOverrideNote).toMatch(/ghi chú cho giám sát/)
    const noted = check({ ...student, hiOverride: true, hiOverrideNote: 'Trường không thu năm nay' })
    expect(noted.errors).toEqual([])
    expect(noted.warnings.map((w) => w.field)).toEqual(['participants.0.hiExclusion'])
    // Without HI the flag blocks nothing.
    expect(errorsAt({ ...student, hiOn: false, vssidAssisted: true })).toEqual({})
  })

  it('puts a person’s issues under their index', () => {
    const r = check(person(), person({ idNumber: '1' }))
    expect(r.errors.map((e) => e.field)).toEqual(['participants.1.idNumber'])
  })
})

describe('enrolResolver', () => {
  const options = { fields: {}, shouldUseNativeValidation: false } as const

  it('nests errors by field for react-hook-form and hands warnings over without blocking', async () => {
    let warnings: unknown[] = []
    const resolver = enrolResolver(defaultRules, today, (w) => (warnings = w))
    const bad = await resolver(form([person(), person({ ...vsi, ethnicityCode: '01' })]), undefined, options)
    expect(bad.values).toEqual({})
    expect(bad.errors).toMatchObject({
      participants: [undefined, { supportGroup: { type: 'ineligible', message: expect.any(String) } }],
    })
    const ok = await resolver(form([person({ dobYear: '1991' })]), undefined, options)
    expect(ok.errors).toEqual({})
    expect(warnings).toEqual([expect.objectContaining({ field: 'participants.0.idNumber' })])
  })
})
