// "Cannot read what was typed": the only checks the enrol form keeps of its own. An empty or
// unparseable field, an unanswered question, a mode the office computes. Ages, support groups, amounts and
// who may join are checkRegistration's (check-enrol-form.ts); the field formats are the wire schemas'.
import type { z } from 'zod/mini'
import { normalizeName } from '../../../domain/names/normalize-name.ts'
import { normalizePhone } from '../../../domain/phone/normalize-phone.ts'
import {
  NOTHING_CHOSEN_MESSAGE,
  fullNameSchema,
  idNumberSchema,
  partialDateSchema,
  phoneSchema,
} from '../../../domain/registration/registration-schema.ts'
import type { ParticipantFormValues } from './enrol-form-values.ts'
import { composeDateOfBirth, normalizeIdNumber, parseMoney } from './parse-form-fields.ts'
import { isReferToOffice } from './quote-participant.ts'

export type ParticipantField = keyof ParticipantFormValues
export type Unreadable = Partial<Record<ParticipantField, string>>

function firstMessage(schema: z.ZodMiniType, value: unknown): string | undefined {
  const r = schema.safeParse(value)
  return r.success ? undefined : r.error.issues[0]?.message
}

/** One person's fields that cannot be read, with the message to show at each. Pure. */
export function unreadableFields(p: ParticipantFormValues): Unreadable {
  const out: Unreadable = {}
  const add = (field: ParticipantField, message: string | undefined) => {
    if (message && out[field] === undefined) out[field] = message
  }
  add(
    'fullName',
    p.fullName.trim() === '' ? 'Nhập họ và tên' : firstMessage(fullNameSchema, normalizeName(p.fullName)),
  )
  add('idNumber', firstMessage(idNumberSchema, normalizeIdNumber(p.idNumber)))

  if (p.dobYear.trim() === '') add('dobYear', 'Nhập năm sinh')
  else if (!/^\d{4}$/.test(p.dobYear.trim())) add('dobYear', 'Năm sinh gồm 4 chữ số')
  else if (p.dobDay.trim() !== '' && p.dobMonth.trim() === '') {
    add('dobMonth', 'Có ngày thì cần cả tháng sinh')
  } else if (!/^\d{0,2}$/.test(p.dobMonth.trim()) || !/^\d{0,2}$/.test(p.dobDay.trim())) {
    add('dobYear', 'Ngày và tháng sinh là số')
  } else add('dobYear', firstMessage(partialDateSchema, composeDateOfBirth(p)))

  if (p.sex === '') add('sex', 'Chọn giới tính')
  if (p.ethnicityCode === '') add('ethnicityCode', 'Chọn dân tộc')
  if (p.phone.trim() !== '') add('phone', firstMessage(phoneSchema, normalizePhone(p.phone)))
  if (!/^\d{2}$/.test(p.provinceCode)) add('provinceCode', 'Chọn tỉnh/thành phố')
  if (p.commune.trim() === '') add('commune', 'Nhập xã/phường')
  else if (!/^\d{5}$/.test(p.communeCode ?? '') && (p.communeNote ?? '').trim() === '') {
    // A commune without its code splits the tallies; outside the list only with a reason.
    add('commune', 'Chọn xã/phường trong danh sách, hoặc chọn "Không có trong danh sách" và ghi lý do')
  }
  if (!p.consent) add('consent', 'Người tham gia phải đồng ý cho thu thập thông tin')
  if (!p.vsiOn && !p.hiOn && !p.vssidAssisted && !p.cashlessPension) add('vsiOn', NOTHING_CHOSEN_MESSAGE)

  if (p.vsiOn) {
    if (Number.isNaN(parseMoney(p.vsiIncome))) add('vsiIncome', 'Nhập mức thu nhập tháng')
    if (isReferToOffice(p.vsiMonths)) {
      add(
        'vsiMonths',
        'Hình thức đóng này do cơ quan BHXH tính: hướng dẫn người tham gia liên hệ cơ quan BHXH',
      )
    }
    if (!/^\d{0,4}$/.test((p.vsiPriorMonths ?? '').trim())) {
      add('vsiPriorMonths', 'Số tháng đã được hỗ trợ là số nguyên từ 0')
    }
    if (p.vsiPension === '') {
      add(
        'vsiPension',
        'Hỏi người tham gia: có đang hưởng lương hưu, trợ cấp BHXH hoặc trợ cấp hằng tháng không',
      )
    }
  }
  if (p.hiOn) {
    if (p.householdOrder.trim() !== '' && !/^[1-9]\d?$/.test(p.householdOrder.trim())) {
      add('householdOrder', 'Thứ tự trong hộ là số từ 1; để trống để tự tính')
    }
    if (p.hiExclusion !== '' && p.hiOverride && p.hiOverrideNote.trim().length < 3) {
      add('hiOverrideNote', 'Nhập ghi chú cho giám sát: vì sao vẫn thu BHYT hộ gia đình')
    }
  }
  return out
}
