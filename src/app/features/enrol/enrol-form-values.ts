// What the enrol form holds while it is being filled in: strings as typed, so a draft can be restored
// exactly. check-enrol-form.ts checks them; form-to-registration.ts turns them into the wire format.
import type { HiExclusionFlag } from '../../../domain/quote/hi-exclusion-flags.ts'
import type { SupportGroup } from '../../../domain/registration/registration-schema.ts'
import type { CardFill } from './card-fields.ts'

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
  /** The commune's official code, set by the picker: '' while none is chosen. */
  communeCode?: string
  /** Why the commune is not in the list (the supervisor reads it): only when no code is chosen. */
  communeNote?: string
  village: string
  consent: boolean
  vsiOn: boolean
  vsiIncome: string
  /** "1" | "3" | "6" | "12", or "ADV" | "GAP": modes shown but referred to the BHXH office (domain.md §2.2). */
  vsiMonths: string
  supportGroup: SupportGroup
  /** Months already supported by the state (120-month cap, domain.md §2.3); under "Thêm". */
  vsiPriorMonths: string
  /**
   * "Đang hưởng lương hưu, trợ cấp BHXH hoặc trợ cấp hằng tháng?" (Law 41/2024 Art. 2(4)(a)), asked of
   * every VSI participant: '' = not answered yet (the form requires it), 'yes' is refused.
   */
  vsiPension: '' | 'yes' | 'no'
  hiOn: boolean
  hiMonths: string
  /** Empty: the rank is computed from member order and already-valid cards. A number: typed by hand. */
  householdOrder: string
  /** "Thuộc nhóm được ngân sách đóng?" (domain.md §3.4): '' = no. */
  hiExclusion: '' | HiExclusionFlag
  /** Enrol anyway and let the supervisor decide, with a note. */
  hiOverride: boolean
  hiOverrideNote: string
  /** The initial health facility's code, from the office's list for the person's province; '' when none. */
  hiFacility: string
  /** Renewing a card of the office's list: its last day (a renewal in the tallies). */
  hiRenewsCardTo?: string
  vssidAssisted: boolean
  cashlessPension: boolean
  /** What the ID card's QR filled in: those fields are marked while they still hold it. */
  fromCard?: CardFill
}

export interface EnrolFormValues {
  participants: ParticipantFormValues[]
  /** "Số người trong hộ đã có thẻ BHYT hộ gia đình năm nay": the ladder continues after them. */
  alreadyValidRanks: string
  /** "Đã thu đủ tiền mặt": the collector confirms the total was taken. */
  paid: boolean
  /**
   * The total shown when "paid" was ticked. A tick for another sum (the months or an income changed after it, a
   * draft reopened under new rates) counts for nothing: the cash is counted again.
   */
  paidFor?: number
  /** The collector's own words for the supervisor (the registration's `note`, before the lines the form writes). */
  note: string
}

/** A blank person; the address and VSI income follow the previous person to save typing. */
export function emptyParticipant(
  defaultIncome: string,
  _index = 0,
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
    communeCode: previous?.communeCode ?? '',
    communeNote: previous?.communeNote ?? '',
    village: previous?.village ?? '',
    consent: false,
    vsiOn: false,
    vsiIncome: defaultIncome,
    vsiMonths: '12',
    supportGroup: previous?.supportGroup ?? 'OTHER',
    vsiPriorMonths: '0',
    vsiPension: '',
    hiOn: false,
    hiMonths: previous?.hiMonths ?? '12',
    householdOrder: '',
    hiExclusion: '',
    hiOverride: false,
    hiOverrideNote: '',
    // A household usually registers at one facility: the next member starts with the same.
    hiFacility: previous?.hiFacility ?? '',
    vssidAssisted: false,
    cashlessPension: false,
  }
}

export function emptyForm(defaultIncome: string): EnrolFormValues {
  return { participants: [emptyParticipant(defaultIncome)], alreadyValidRanks: '0', paid: false, note: '' }
}

/** A restored draft may come from an older app version: fill in any field it lacks. */
export function completeDraft(draft: unknown, defaultIncome: string): EnrolFormValues | undefined {
  if (!draft || typeof draft !== 'object') return undefined
  const d = draft as Partial<EnrolFormValues>
  if (!Array.isArray(d.participants) || d.participants.length === 0) return undefined
  return {
    participants: d.participants.map((p, i) => ({ ...emptyParticipant(defaultIncome, i), ...p })),
    alreadyValidRanks: typeof d.alreadyValidRanks === 'string' ? d.alreadyValidRanks : '0',
    paid: d.paid === true,
    // A draft from before paidFor existed has no sum for its tick: the form asks for it again.
    ...(typeof d.paidFor === 'number' ? { paidFor: d.paidFor } : {}),
    note: typeof d.note === 'string' ? d.note : '',
  }
}
