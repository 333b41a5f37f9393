// What the enrol form holds while it is being filled in: strings as typed, so a draft can be restored
// exactly. enrol-form-schema.ts checks them; form-to-registration.ts turns them into the wire format.
import type { SupportGroup } from '../../../domain/registration/registration-schema.ts'

/** Lào Cai: where the field staff work. */
export const DEFAULT_PROVINCE = '15'

export interface ParticipantFormValues {
  fullName: string
  idNumber: string
  dobDay: string
  dobMonth: string
  dobYear: string
  sex: '' | 'male' | 'female'
  ethnicityCode: string
  phone: string
  provinceCode: string
  commune: string
  village: string
  consent: boolean
  vsiOn: boolean
  vsiIncome: string
  vsiMonths: string
  supportGroup: SupportGroup
  hiOn: boolean
  hiMonths: string
  householdOrder: string
  vssidAssisted: boolean
  cashlessPension: boolean
}

export interface EnrolFormValues {
  participants: ParticipantFormValues[]
  /** "Đã thu đủ tiền mặt": the collector confirms the total was taken. */
  paid: boolean
}

/** A blank person; the address and VSI income follow the previous person to save typing. */
export function emptyParticipant(
  defaultIncome: string,
  index = 0,
  previous?: ParticipantFormValues,
): ParticipantFormValues {
  return {
    fullName: '',
    idNumber: '',
    dobDay: '',
    dobMonth: '',
    dobYear: '',
    sex: '',
    ethnicityCode: previous?.ethnicityCode ?? '',
    phone: '',
    provinceCode: previous?.provinceCode ?? DEFAULT_PROVINCE,
    commune: previous?.commune ?? '',
    village: previous?.village ?? '',
    consent: false,
    vsiOn: false,
    vsiIncome: defaultIncome,
    vsiMonths: '12',
    supportGroup: previous?.supportGroup ?? 'OTHER',
    hiOn: false,
    hiMonths: previous?.hiMonths ?? '12',
    householdOrder: String(index + 1),
    vssidAssisted: false,
    cashlessPension: false,
  }
}

export function emptyForm(defaultIncome: string): EnrolFormValues {
  return { participants: [emptyParticipant(defaultIncome)], paid: false }
}

/** A restored draft may come from an older app version: fill in any field it lacks. */
export function completeDraft(draft: unknown, defaultIncome: string): EnrolFormValues | undefined {
  if (!draft || typeof draft !== 'object') return undefined
  const d = draft as Partial<EnrolFormValues>
  if (!Array.isArray(d.participants) || d.participants.length === 0) return undefined
  return {
    participants: d.participants.map((p, i) => ({ ...emptyParticipant(defaultIncome, i), ...p })),
    paid: d.paid === true,
  }
}
