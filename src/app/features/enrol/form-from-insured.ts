// Someone found on the office's list becomes the enrol form's start: the person as the agency knows them
// (name, ID, birth date, sex, commune, facility), and for "Gia hạn" the household members whose cards lapse
// in the new period, with the ladder continuing after those whose cards stay valid. Pure.
import { findCommuneByCode } from '../../../domain/admin/admin-units.ts'
import { provinceOfCommuneCode } from '../../../domain/admin/province-of-commune-code.ts'
import { formatDateVi } from '../../../domain/format/format-date-vi.ts'
import type { InsuredPerson } from '../../../domain/insured/insured-person.ts'
import type { RenewalPlan } from '../../../domain/insured/plan-renewal.ts'
import {
  emptyForm,
  emptyParticipant,
  type EnrolFormValues,
  type ParticipantFormValues,
} from './enrol-form-values.ts'

function participantOf(p: InsuredPerson, defaultIncome: string): ParticipantFormValues {
  const [year = '', month = '', day = ''] = p.dateOfBirth.split('-')
  const provinceCode = provinceOfCommuneCode(p.communeCode)
  return {
    ...emptyParticipant(defaultIncome),
    fullName: p.fullName,
    idNumber: p.idNumber,
    dobDay: day,
    dobMonth: month,
    dobYear: year,
    sex: p.sex,
    ...(provinceCode ? { provinceCode } : {}),
    commune: findCommuneByCode(p.communeCode)?.name ?? '',
    communeCode: p.communeCode,
    hiFacility: p.facilityCode ?? '',
  }
}

/** Only the person: nothing ticked, the collector chooses what they join. */
export function formFromInsured(p: InsuredPerson, defaultIncome: string): EnrolFormValues {
  return { ...emptyForm(defaultIncome), participants: [participantOf(p, defaultIncome)] }
}

/** "Gia hạn BHYT": the members to renew, household HI ticked for `months`, the valid cards counted. */
export function formForRenewal(plan: RenewalPlan, months: number, defaultIncome: string): EnrolFormValues {
  const card = `thẻ mới dự kiến từ ${formatDateVi(plan.card.validFrom)} đến ${formatDateVi(plan.card.validTo)}`
  const valid =
    plan.staysValid.length > 0 ? `; ${plan.staysValid.length} người trong hộ còn thẻ đến hết kỳ này` : ''
  return {
    ...emptyForm(defaultIncome),
    participants: plan.renew.map((m) => ({
      ...participantOf(m, defaultIncome),
      hiOn: true,
      hiMonths: String(months),
      ...(m.hiTo ? { hiRenewsCardTo: m.hiTo } : {}),
    })),
    alreadyValidRanks: String(plan.staysValid.length),
    note: `Gia hạn BHYT hộ gia đình: ${card}${valid}`,
  }
}
