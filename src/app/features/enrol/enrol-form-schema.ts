// The form's zod schema: the same field schemas as the wire format (src/domain), applied to what was
// typed, plus the quote rules, so errors show at the field before checkRegistration ever runs.
// zod/mini like the wire schemas, so the device never loads classic zod (bundle budget, issue #3).
import { z } from 'zod/mini'
import {
  fullNameSchema,
  idNumberSchema,
  partialDateSchema,
  phoneSchema,
} from '../../../domain/registration/registration-schema.ts'
import type { IsoDate } from '../../../domain/rules/dated.ts'
import type { RuleSet } from '../../../domain/rules/rule-set.ts'
import type { EnrolFormValues, ParticipantFormValues } from './enrol-form-values.ts'
import { isEthnicMinority } from '../../../domain/ethnic/ethnic-groups.ts'
import { normalizeName } from '../../../domain/names/normalize-name.ts'
import { normalizePhone } from '../../../domain/phone/normalize-phone.ts'
import { hiExclusionFlags } from '../../../domain/quote/hi-exclusion-flags.ts'
import { composeDateOfBirth, normalizeIdNumber } from './parse-form-fields.ts'
import { formRanks, isReferToOffice, quoteForm, quoteParticipant } from './quote-participant.ts'

const VSI_MIN_AGE = 15

type Issue = { path: (keyof ParticipantFormValues)[]; message: string }

function firstMessage(schema: z.ZodMiniType, value: unknown): string | undefined {
  const r = schema.safeParse(value)
  return r.success ? undefined : r.error.issues[0]?.message
}

/**
 * Every problem with one person, keyed by form field. Pure, so it is tested without React. `rank` is the
 * person's household HI rank (formRanks); without it, the typed order or 1.
 */
export function participantIssues(
  p: ParticipantFormValues,
  rules: RuleSet,
  today: IsoDate,
  rank?: number,
): Issue[] {
  const issues: Issue[] = []
  const add = (field: keyof ParticipantFormValues, message: string | undefined) => {
    if (message) issues.push({ path: [field], message })
  }
  add(
    'fullName',
    p.fullName.trim() === '' ? 'Nhập họ và tên' : firstMessage(fullNameSchema, normalizeName(p.fullName)),
  )
  add('idNumber', firstMessage(idNumberSchema, normalizeIdNumber(p.idNumber)))

  if (p.dobYear.trim() === '') add('dobYear', 'Nhập năm sinh')
  else if (!/^\d{4}$/.test(p.dobYear.trim())) add('dobYear', 'Năm sinh gồm 4 chữ số')
  else if (p.dobDay.trim() !== '' && p.dobMonth.trim() === '')
    add('dobMonth', 'Có ngày thì cần cả tháng sinh')
  else if (!/^\d{0,2}$/.test(p.dobMonth.trim()) || !/^\d{0,2}$/.test(p.dobDay.trim())) {
    add('dobYear', 'Ngày và tháng sinh là số')
  } else {
    const dob = composeDateOfBirth(p)
    const bad = firstMessage(partialDateSchema, dob)
    if (bad) add('dobYear', bad)
    else if (dob > today.slice(0, dob.length)) add('dobYear', 'Ngày sinh không thể sau hôm nay')
    else if (p.vsiOn && ageInYears(dob, today) < VSI_MIN_AGE) {
      add('vsiOn', `Tham gia BHXH tự nguyện phải từ đủ ${VSI_MIN_AGE} tuổi`)
    }
  }
  if (p.sex === '') add('sex', 'Chọn giới tính')
  if (p.ethnicityCode === '') add('ethnicityCode', 'Chọn dân tộc')
  if (p.phone.trim() !== '') add('phone', firstMessage(phoneSchema, normalizePhone(p.phone)))
  if (!/^\d{2}$/.test(p.provinceCode)) add('provinceCode', 'Chọn tỉnh/thành phố')
  if (p.commune.trim() === '') add('commune', 'Nhập xã/phường')
  if (!p.consent) add('consent', 'Người tham gia phải đồng ý cho thu thập thông tin')
  if (!p.vsiOn && !p.hiOn && !p.vssidAssisted && !p.cashlessPension) {
    add('vsiOn', 'Chọn ít nhất một loại: BHXH tự nguyện, BHYT hoặc dịch vụ hỗ trợ')
  }
  const quote = quoteParticipant(p, rules, today, rank)
  if (p.vsiOn && isReferToOffice(p.vsiMonths)) {
    add('vsiMonths', 'Hình thức đóng này do cơ quan BHXH tính: hướng dẫn người tham gia liên hệ cơ quan BHXH')
  }
  if (p.vsiOn && !/^\d{0,4}$/.test((p.vsiPriorMonths ?? '').trim())) {
    add('vsiPriorMonths', 'Số tháng đã được hỗ trợ là số nguyên từ 0')
  }
  if (quote.vsi && !quote.vsi.ok) add('vsiIncome', quote.vsi.issue.message)
  if (p.vsiOn && p.supportGroup === 'ETHNIC_MINORITY' && !isEthnicMinority(p.ethnicityCode)) {
    add('supportGroup', 'Người dân tộc Kinh không thuộc nhóm dân tộc thiểu số')
  }
  if (p.hiOn && p.hiExclusion !== '') {
    if (!p.hiOverride) {
      add(
        'hiExclusion',
        'Không thu BHYT hộ gia đình cho người thuộc nhóm được ngân sách đóng: bỏ chọn BHYT, hoặc chuyển giám sát duyệt kèm ghi chú',
      )
    } else if (p.hiOverrideNote.trim().length < 3) {
      add('hiOverrideNote', 'Nhập ghi chú cho giám sát: vì sao vẫn thu BHYT hộ gia đình')
    }
  }
  if (p.hiOn && p.householdOrder.trim() !== '' && !/^[1-9]\d?$/.test(p.householdOrder.trim())) {
    add('householdOrder', 'Thứ tự trong hộ là số từ 1; để trống để tự tính')
  }
  if (quote.hi && !quote.hi.ok) {
    add(quote.hi.issue.message.includes('Thứ tự') ? 'householdOrder' : 'hiMonths', quote.hi.issue.message)
  }
  return issues
}

/** Whole years at `today`; a year-only date counts from 1 January, a month-only from the 1st (lenient). */
function ageInYears(dob: string, today: IsoDate): number {
  const [y, m = 1, d = 1] = dob.split('-').map(Number)
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number]
  return ty - y! - (tm < m || (tm === m && td < d) ? 1 : 0)
}

const participantFormSchema = z.object({
  fullName: z.string(),
  idNumber: z.string(),
  dobDay: z.string(),
  dobMonth: z.string(),
  dobYear: z.string(),
  sex: z.enum(['', 'male', 'female']),
  ethnicityCode: z.string(),
  phone: z.string(),
  provinceCode: z.string(),
  commune: z.string(),
  village: z.string(),
  consent: z.boolean(),
  vsiOn: z.boolean(),
  vsiIncome: z.string(),
  vsiMonths: z.string(),
  supportGroup: z.enum(['POOR', 'NEAR_POOR', 'ETHNIC_MINORITY', 'OTHER']),
  vsiPriorMonths: z.string(),
  hiOn: z.boolean(),
  hiMonths: z.string(),
  householdOrder: z.string(),
  hiExclusion: z.enum(['', ...hiExclusionFlags]),
  hiOverride: z.boolean(),
  hiOverrideNote: z.string(),
  vssidAssisted: z.boolean(),
  cashlessPension: z.boolean(),
})

/** `on` is the date whose rules apply: today for a new registration, the original date for a correction. */
export function enrolFormSchema(rules: RuleSet, on: IsoDate) {
  return z
    .object({
      participants: z.array(participantFormSchema).check(z.minLength(1), z.maxLength(10)),
      alreadyValidRanks: z.string(),
      paid: z.boolean(),
    })
    .check(
      z.superRefine((values, ctx) => {
        const ranks = formRanks(values.participants, values.alreadyValidRanks)
        values.participants.forEach((p, i) => {
          for (const issue of participantIssues(p, rules, on, ranks[i])) {
            ctx.addIssue({ code: 'custom', path: ['participants', i, ...issue.path], message: issue.message })
          }
        })
        if (!/^\d{1,2}$/.test(values.alreadyValidRanks.trim())) {
          ctx.addIssue({
            code: 'custom',
            path: ['alreadyValidRanks'],
            message: 'Nhập số người đã có thẻ (0 nếu chưa ai có)',
          })
        }
        if (quoteForm(values, rules, on).total > 0 && !values.paid) {
          ctx.addIssue({ code: 'custom', path: ['paid'], message: 'Xác nhận đã thu đủ tiền mặt' })
        }
      }),
    ) satisfies z.ZodMiniType<EnrolFormValues>
}
