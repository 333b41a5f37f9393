import { expect, it } from 'vitest'
import { checkRegistration, defaultRules } from '../../../../src/domain/index.ts'
import {
  emptyParticipant,
  type EnrolFormValues,
} from '../../../../src/app/features/enrol/enrol-form-values.ts'
import { fromRegistration, toRegistration } from '../../../../src/app/features/enrol/form-to-registration.ts'

const on = '2026-11-25'
const ctx = {
  id: '00000000-0000-4000-8000-000000000001',
  revision: 1,
  deviceId: '11111111-2222-4333-8444-555555555555',
  eventId: 'ev-1',
  collectedAt: '2026-11-25T09:30:00+07:00',
  receiptPrefix: 'LC017',
}

const household: EnrolFormValues = {
  paid: true,
  participants: [
    {
      ...emptyParticipant('1.500.000', 0),
      fullName: '  giàng   a páo ',
      idNumber: '0100 9000 1234',
      dobYear: '1990',
      sex: 'male',
      ethnicityCode: '08',
      phone: '+84 912.345.678',
      commune: 'xã y tý',
      village: 'Thôn 1',
      consent: true,
      vsiOn: true,
      vsiMonths: '3',
      supportGroup: 'ETHNIC_MINORITY',
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
    vsi: { monthlyIncome: 1_500_000, months: 3, supportGroup: 'ETHNIC_MINORITY', amountDue: 693_000 },
    hi: { months: 12, householdOrder: 1, amountDue: 1_366_200 },
  })
  expect(b).toMatchObject({ dateOfBirth: '1990-03-07', hi: { householdOrder: 2, amountDue: 956_340 } })
  expect(b?.services.vssidAssisted).toBe(true)
  expect(reg.payment).toEqual({
    method: 'cash',
    amountCollected: 693_000 + 1_366_200 + 956_340,
    receiptNo: 'LC017-000000',
  })
  const checked = checkRegistration(reg, defaultRules)
  expect(checked.ok).toBe(true)
})

it('sends no payment when only services were given', () => {
  const servicesOnly: EnrolFormValues = {
    paid: false,
    participants: [{ ...household.participants[1]!, hiOn: false }],
  }
  const reg = toRegistration(servicesOnly, ctx, defaultRules, on)
  expect(reg.payment).toBeNull()
  expect(checkRegistration(reg, defaultRules).ok).toBe(true)
})

it('round-trips through the form for a correction, asking to confirm the cash again', () => {
  const reg = toRegistration(household, ctx, defaultRules, on)
  const back = fromRegistration(reg, '1.500.000')
  expect(back.paid).toBe(false)
  const again = toRegistration({ ...back, paid: true }, { ...ctx, revision: 2 }, defaultRules, on)
  expect(again.participants).toEqual(reg.participants)
  expect(again.payment).toEqual(reg.payment)
})
