import { describe, expect, it } from 'vitest'
import { defaultRules } from '../../../../src/domain/index.ts'
import { checkBeforeSave } from '../../../../src/domain/registration/check-registration.ts'
import {
  emptyParticipant,
  type EnrolFormValues,
  type ParticipantFormValues,
} from '../../../../src/app/features/enrol/enrol-form-values.ts'
import { quoteForm } from '../../../../src/app/features/enrol/quote-participant.ts'
import { fromRegistration, toRegistration } from '../../../../src/app/features/enrol/form-to-registration.ts'

const on = '2026-11-25'
const ctx = {
  id: '00000000-0000-4000-8000-000000000001',
  revision: 1,
  deviceId: '11111111-2222-4333-8444-555555555555',
  eventId: 'ev-1',
  collectedAt: '2026-11-25T09:30:00+07:00',
}

const household: EnrolFormValues = {
  paid: true,
  note: '',
  alreadyValidRanks: '0',
  participants: [
    {
      ...emptyParticipant('1.500.000', 0),
      fullName: '  giàng   a páo ',
      idNumber: '0100 9000 1234',
      dobYear: '1990',
      sex: 'male',
      ethnicityCode: '08',
      phone: '+84 912.345.678',
      commune: 'Xã  Y Tý ',
      communeCode: '02701',
      village: 'Thôn 1',
      consent: true,
      vsiOn: true,
      vsiMonths: '3',
      supportGroup: 'ETHNIC_MINORITY',
      vsiPension: 'no',
      hiOn: true,
    },
    {
      ...emptyParticipant('1.500.000', 1),
      fullName: 'Lò Thị Mai',
      idNumber: '010190001235',
      dobYear: '1990',
      dobMonth: '3',
      dobDay: '7',
      sex: 'female',
      ethnicityCode: '08',
      commune: 'Xã Y Tý',
      communeCode: '02701',
      consent: true,
      hiOn: true,
      vssidAssisted: true,
    },
  ],
}

it('builds a registration that passes the server’s own check, with the quoted amounts', () => {
  const reg = toRegistration(household, ctx, defaultRules, on)
  const [a, b] = reg.participants
  expect(a).toMatchObject({
    fullName: 'Giàng A Páo',
    idNumber: '010090001234',
    dateOfBirth: '1990',
    phone: '0912345678',
    address: { provinceCode: '15', commune: 'Xã Y Tý', communeCode: '02701', village: 'Thôn 1' },
    vsi: {
      monthlyIncome: 1_500_000,
      months: 3,
      supportGroup: 'ETHNIC_MINORITY',
      amountDue: 693_000,
      receivesPensionOrBenefit: false,
    },
    hi: { months: 12, householdOrder: 1, amountDue: 1_366_200 },
  })
  expect(b).toMatchObject({ dateOfBirth: '1990-03-07', hi: { householdOrder: 2, amountDue: 956_340 } })
  expect(b?.services.vssidAssisted).toBe(true)
  expect(reg.payment).toEqual({
    method: 'cash',
    amountCollected: 693_000 + 1_366_200 + 956_340,
  })
  const checked = checkBeforeSave(reg, defaultRules)
  expect(checked.ok).toBe(true)
})

it('sends a commune outside the list without a code, and its reason in the note (issue #12)', () => {
  const outside: EnrolFormValues = {
    ...household,
    participants: [
      household.participants[0]!,
      {
        ...household.participants[1]!,
        commune: 'Xã Mới Lập',
        communeCode: '',
        communeNote: ' tách năm 2026 ',
      },
    ],
  }
  const reg = toRegistration(outside, ctx, defaultRules, on)
  expect(reg.participants[0]?.address.communeCode).toBe('02701')
  expect(reg.participants[1]?.address).toEqual({ provinceCode: '15', commune: 'Xã Mới Lập' })
  expect(reg.note).toBe('Người thứ 2: xã/phường "Xã Mới Lập" không có trong danh sách — tách năm 2026')
  expect(toRegistration(household, ctx, defaultRules, on).note).toBeUndefined()
  // Corrected later, the reason is still there and the registration comes out the same.
  const back = fromRegistration(reg, '1.500.000')
  expect(back.participants.map((p) => [p.communeCode, p.communeNote])).toEqual([
    ['02701', ''],
    ['', 'tách năm 2026'],
  ])
  expect(toRegistration({ ...back, paid: true }, ctx, defaultRules, on).note).toBe(reg.note)
})

it('sends no payment when only services were given', () => {
  const servicesOnly: EnrolFormValues = {
    paid: false,
    note: '',
    alreadyValidRanks: '0',
    participants: [{ ...household.participants[1]!, hiOn: false }],
  }
  const reg = toRegistration(servicesOnly, ctx, defaultRules, on)
  expect(reg.payment).toBeNull()
  expect(checkBeforeSave(reg, defaultRules).ok).toBe(true)
})

it('round-trips through the form for a correction, asking to confirm the cash again', () => {
  const reg = toRegistration(household, ctx, defaultRules, on)
  const back = fromRegistration(reg, '1.500.000')
  expect(back.paid).toBe(false)
  const again = toRegistration({ ...back, paid: true }, { ...ctx, revision: 2 }, defaultRules, on)
  expect(again.participants).toEqual(reg.participants)
  expect(again.payment).toEqual(reg.payment)
})

describe('household of four at one sitting (issue #4)', () => {
  const base = household.participants[1]!
  const member = (n: number, more: Partial<ParticipantFormValues> = {}): ParticipantFormValues => ({
    ...base,
    fullName: `Lò Văn ${['An', 'Bình', 'Chung', 'Dũng'][n]}`,
    idNumber: `01009000${1240 + n}`,
    dobMonth: '',
    dobDay: '',
    ...more,
  })

  it('ranks HI members after the already-valid cards, leaving out a child under 6 by her birth date (H6-like)', () => {
    // Issue #9: nobody ticks a group for the child; her birth year (2022) makes her state-paid.
    const values: EnrolFormValues = {
      paid: true,
      note: '',
      alreadyValidRanks: '1',
      participants: [
        member(0),
        member(1, { dobYear: '2022', hiOn: true, vssidAssisted: true }),
        member(2),
        member(3, { hiOn: false, vsiOn: true, vsiMonths: '6', supportGroup: 'ETHNIC_MINORITY' }),
      ],
    }
    const quote = quoteForm(values, defaultRules, on)
    expect(quote.ranks).toEqual([2, undefined, 3, undefined])
    expect(quote.members.map((m) => m.payable)).toEqual([956_340, 0, 819_720, 1_386_000])
    expect(quote.total).toBe(956_340 + 819_720 + 1_386_000)

    // HI ticked for her travels as typed, and the one rulebook refuses it: the form cannot save it.
    const ticked = checkBeforeSave(toRegistration(values, ctx, defaultRules, on), defaultRules)
    expect(ticked.ok).toBe(false)
    if (!ticked.ok) {
      expect(ticked.errors.map((e) => [e.path, e.code])).toEqual([['participants.1.hi', 'ineligible']])
    }

    // She comes for the VssID help only: saved, ranks 2 and 3 for the adults.
    const child = { ...values.participants[1]!, hiOn: false }
    const saved = { ...values, participants: values.participants.map((p, i) => (i === 1 ? child : p)) }
    const reg = toRegistration(saved, ctx, defaultRules, on)
    expect(reg.participants.map((p) => p.hi?.householdOrder)).toEqual([2, undefined, 3, undefined])
    expect(reg.participants[0]?.hi).toMatchObject({ alreadyValidRanks: 1 })
    expect(reg.payment?.amountCollected).toBe(quote.total)
    expect(checkBeforeSave(reg, defaultRules)).toMatchObject({ ok: true })

    // Round trip back into the form for a correction keeps every new field.
    const back = fromRegistration(reg, '1.500.000')
    expect(back.alreadyValidRanks).toBe('1')
    expect(back.participants.map((p) => [p.householdOrder, p.hiExclusion, p.hiOn])).toEqual([
      ['', '', true],
      ['', '', false],
      ['', '', true],
      ['', '', false],
    ])
  })

  it('carries the pension answer both ways; unanswered stays absent (issue #9)', () => {
    const vsi = { hiOn: false, vsiOn: true, vsiMonths: '6', supportGroup: 'ETHNIC_MINORITY' } as const
    const values = (vsiPension: ParticipantFormValues['vsiPension']): EnrolFormValues => ({
      paid: true,
      note: '',
      alreadyValidRanks: '0',
      participants: [member(0, { ...vsi, vsiPension })],
    })
    const no = toRegistration(values('no'), ctx, defaultRules, on)
    expect(no.participants[0]?.vsi?.receivesPensionOrBenefit).toBe(false)
    expect(fromRegistration(no, '1.500.000').participants[0]?.vsiPension).toBe('no')
    const yes = toRegistration(values('yes'), ctx, defaultRules, on)
    expect(yes.participants[0]?.vsi?.receivesPensionOrBenefit).toBe(true)
    expect(checkBeforeSave(yes, defaultRules).ok).toBe(false)
    const unanswered = toRegistration(values(''), ctx, defaultRules, on)
    expect(unanswered.participants[0]?.vsi).not.toHaveProperty('receivesPensionOrBenefit')
    expect(fromRegistration(unanswered, '1.500.000').participants[0]?.vsiPension).toBe('')
  })

  it('sends the supervisor override with its note, and a hand-typed rank as an override', () => {
    const values: EnrolFormValues = {
      paid: true,
      note: '',
      alreadyValidRanks: '0',
      participants: [
        member(0, { hiExclusion: 'STUDENT', hiOverride: true, hiOverrideNote: '  Trường   không thu ' }),
        member(1, { householdOrder: '3' }),
      ],
    }
    const reg = toRegistration(values, ctx, defaultRules, on)
    expect(reg.participants[0]?.hi).toMatchObject({
      householdOrder: 1,
      exclusionOverride: { reason: 'Trường không thu' },
    })
    expect(reg.participants[1]?.hi).toMatchObject({
      householdOrder: 3,
      rankOverride: true,
      amountDue: 819_720,
    })
    expect(reg.note).toBe('Người thứ 1: BHYT dù thuộc nhóm được ngân sách đóng — Trường không thu')
    const checked = checkBeforeSave(reg, defaultRules)
    expect(checked.ok).toBe(true)
    if (checked.ok)
      expect(checked.warnings.map((w) => w.path)).toContain('participants.0.hi.exclusionOverride')
  })

  it('carries prior supported months into the quote (V5)', () => {
    const values: EnrolFormValues = {
      paid: true,
      note: '',
      alreadyValidRanks: '0',
      participants: [
        member(0, {
          hiOn: false,
          vsiOn: true,
          vsiMonths: '6',
          supportGroup: 'OTHER',
          ethnicityCode: '01',
          vsiPriorMonths: '118',
        }),
      ],
    }
    const reg = toRegistration(values, ctx, defaultRules, on)
    expect(reg.participants[0]?.vsi).toMatchObject({ priorSupportedMonths: 118, amountDue: 1_848_000 })
  })
})

it('carries the initial health facility to hi.facility and back, and to the next household member', () => {
  const first = household.participants[0]!
  const values: EnrolFormValues = {
    ...household,
    participants: [
      { ...first, hiFacility: '15901' },
      emptyParticipant('1.500.000', 1, { ...first, hiFacility: '15901' }),
    ],
  }
  expect(values.participants[1]?.hiFacility).toBe('15901')
  const reg = toRegistration({ ...values, participants: [values.participants[0]!] }, ctx, defaultRules, on)
  expect(reg.participants[0]?.hi?.facility).toEqual({ provinceCode: '15', code: '15901' })
  expect(checkBeforeSave(reg, defaultRules).ok).toBe(true)
  expect(fromRegistration(reg, '1.500.000').participants[0]?.hiFacility).toBe('15901')
})

it('keeps the collector’s own note before the lines the form writes, and gives back only the own part', () => {
  const values: EnrolFormValues = {
    ...household,
    note: '  Người nhà sẽ mang  giấy tờ hộ nghèo vào tuần sau ',
    participants: [{ ...household.participants[0]!, communeCode: '', communeNote: 'Thôn mới tách' }],
  }
  const reg = toRegistration(values, ctx, defaultRules, on)
  expect(reg.note?.split('\n')).toEqual([
    'Người nhà sẽ mang giấy tờ hộ nghèo vào tuần sau',
    'Người thứ 1: xã/phường "Xã Y Tý" không có trong danh sách — Thôn mới tách',
  ])
  expect(fromRegistration(reg, '1.500.000').note).toBe('Người nhà sẽ mang giấy tờ hộ nghèo vào tuần sau')
  expect(toRegistration({ ...household, note: '' }, ctx, defaultRules, on).note).toBeUndefined()
})
