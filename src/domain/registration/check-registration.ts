import type { z } from 'zod/mini'
import { findProvince } from '../admin/provinces.ts'
import { isEthnicMinority } from '../ethnic/ethnic-groups.ts'
import { formatVnd } from '../format/format-vnd.ts'
import { checkIdNumber } from '../identity/check-id-number.ts'
import { checkPhone } from '../phone/check-phone.ts'
import { quoteHi } from '../quote/hi-quote.ts'
import { quoteVsi } from '../quote/vsi-quote.ts'
import { valueOn, type IsoDate } from '../rules/dated.ts'
import type { RuleSet } from '../rules/rule-set.ts'
import { ageRangeOn } from './age-range-on.ts'
import type { CheckIssue, FieldIssue, IssueCode } from './field-issue.ts'
import { householdIssues } from './household-issues.ts'
import { vietnamDate } from './local-date.ts'
import {
  registrationSchema,
  unnumberedRegistrationSchema,
  type Participant,
  type Registration,
  type UnnumberedRegistration,
} from './registration-schema.ts'
import { vietnameseZodError } from './vietnamese-zod-error.ts'
import { rulesMissingOn } from '../rules/rules-missing-on.ts'
import { provinceOfCommuneCode } from '../admin/province-of-commune-code.ts'

export type CheckResult<R = Registration> =
  | { ok: true; registration: R; warnings: FieldIssue[] }
  /** `warnings`: those found beside the errors (none when the shape itself is wrong), for the form. */
  | { ok: false; errors: FieldIssue[]; warnings: FieldIssue[] }

/**
 * The one rulebook: what the server does to every pushed registration, and the enrol form on
 * every change and before it saves: the shared schema, then the rules recomputed at the date of
 * `collectedAt`. Amounts are never fixed silently. Anything that changes money or eligibility is an
 * error; what the citizen's papers may contradict (ID digits, unknown phone prefix…) is a warning that
 * never blocks: a supervisor looks at it. The list is in src/domain/README.md.
 */
export function checkRegistration(input: unknown, rules: RuleSet): CheckResult {
  return checkWith(registrationSchema, input, rules)
}

/** The same rulebook on what the enrol form is about to save: a new registration has no receipt number yet. */
export function checkBeforeSave(input: unknown, rules: RuleSet): CheckResult<UnnumberedRegistration> {
  return checkWith(unnumberedRegistrationSchema, input, rules)
}

function checkWith<R extends UnnumberedRegistration>(
  schema: z.ZodMiniType<R>,
  input: unknown,
  rules: RuleSet,
): CheckResult<R> {
  // reportInput lets us tell a missing field from a wrong one; inputs are never copied into the issues.
  const parsed = schema.safeParse(input, { error: vietnameseZodError, reportInput: true })
  if (!parsed.success) {
    return { ok: false, errors: zodIssuesToFieldIssues(parsed.error.issues), warnings: [] }
  }
  const reg = parsed.data
  const errors: FieldIssue[] = []
  const warnings: FieldIssue[] = []
  const on = vietnamDate(reg.collectedAt)
  if (rulesMissingOn(rules, on).length > 0) {
    const error: FieldIssue = {
      path: 'collectedAt',
      code: 'out_of_range',
      message: 'Không có biểu phí áp dụng cho ngày thu này (ngày trên máy có đúng không?)',
    }
    return { ok: false, errors: [error], warnings: [] }
  }
  let total = 0
  reg.participants.forEach((p, i) => {
    const at = `participants.${i}`
    errors.push(...dateOfBirthErrors(p, at, on, rules))
    errors.push(...eligibilityErrors(p, at))
    errors.push(...communeCodeErrors(p, at))
    warnings.push(...participantWarnings(p, at, on, rules))
    if (p.vsi) {
      const q = quoteVsi({ ...p.vsi, provinceCode: p.address.provinceCode }, rules, on)
      if (!q.ok) errors.push({ path: `${at}.vsi.monthlyIncome`, ...q.issue })
      else if (q.quote.payable !== p.vsi.amountDue) {
        errors.push(mismatch(`${at}.vsi.amountDue`, q.quote.payable, p.vsi.amountDue))
      } else total += q.quote.payable
    }
    if (p.hi) {
      const q = quoteHi(p.hi, rules, on)
      if (!q.ok) errors.push({ path: `${at}.hi.months`, ...q.issue })
      else if (q.quote.amount !== p.hi.amountDue) {
        errors.push(mismatch(`${at}.hi.amountDue`, q.quote.amount, p.hi.amountDue))
      } else total += q.quote.amount
    }
  })
  const duplicates = duplicateIssues(reg.participants)
  errors.push(...duplicates.errors)
  warnings.push(...duplicates.warnings)
  const household = householdIssues(reg.participants, rules, on)
  errors.push(...household.errors)
  warnings.push(...household.warnings)
  if (errors.length > 0) return { ok: false, errors, warnings }
  if (total > 0 && reg.payment === null) {
    errors.push({ path: 'payment', code: 'required', message: 'Có số tiền phải thu: cần biên lai thu tiền' })
  } else if (reg.payment && reg.payment.amountCollected !== total) {
    errors.push(mismatch('payment.amountCollected', total, reg.payment.amountCollected))
  }
  if (errors.length > 0) return { ok: false, errors, warnings }
  return { ok: true, registration: reg, warnings }
}

function dateOfBirthErrors(p: Participant, at: string, on: IsoDate, rules: RuleSet): FieldIssue[] {
  const path = `${at}.dateOfBirth`
  const dob = p.dateOfBirth
  if (dob > on.slice(0, dob.length)) {
    return [{ path, code: 'invalid_date', message: 'Ngày sinh không thể sau ngày thu' }]
  }
  if (!p.vsi) return []
  const minAge = valueOn(rules.vsi, on, 'VSI rules').minAge
  // Only a person certainly under age is refused; a year-only birth date that may be under age is a warning.
  if (ageRangeOn(dob, on).max < minAge) {
    return [
      {
        path,
        code: 'ineligible',
        message: `Người tham gia BHXH tự nguyện phải từ đủ ${minAge} tuổi trở lên`,
        details: { minAge },
      },
    ]
  }
  return []
}

function participantWarnings(p: Participant, at: string, on: IsoDate, rules: RuleSet): FieldIssue[] {
  const out: FieldIssue[] = []
  const toField = (path: string) => (issue: CheckIssue) => {
    const { severity: _severity, ...rest } = issue
    return { path, ...rest }
  }
  out.push(
    ...checkIdNumber(p.idNumber, { dateOfBirth: p.dateOfBirth, sex: p.sex }).map(toField(`${at}.idNumber`)),
  )
  if (p.phone !== undefined) out.push(...checkPhone(p.phone, rules, on).issues.map(toField(`${at}.phone`)))
  if (p.vsi) {
    const minAge = valueOn(rules.vsi, on, 'VSI rules').minAge
    if (ageRangeOn(p.dateOfBirth, on).min < minAge && ageRangeOn(p.dateOfBirth, on).max >= minAge) {
      out.push({
        path: `${at}.dateOfBirth`,
        code: 'ineligible',
        message: `Chỉ biết năm/tháng sinh: kiểm tra người tham gia đã đủ ${minAge} tuổi chưa`,
      })
    }
  }
  if (!findProvince(p.address.provinceCode)) {
    out.push({
      path: `${at}.address.provinceCode`,
      code: 'unknown_code',
      message: 'Mã tỉnh không thuộc danh mục 34 tỉnh, thành phố',
    })
  }
  return out
}

/**
 * Who may not have what they were sold: the state support group must match the ethnic group
 * (domain.md §2.3), and VSI is closed to people already receiving a pension, an SI benefit or a monthly
 * allowance (Law 41/2024/QH15 Art. 2(4)(a)). Each changes the sum or who may join, so each is an error.
 */
/**
 * A commune code must belong to the province given beside it: the province decides the provincial VSI
 * top-up (money) and the code decides which commune's tally and list the person lands in.
 */
function communeCodeErrors(p: Participant, at: string): FieldIssue[] {
  const code = p.address.communeCode
  if (code === undefined) return []
  const province = provinceOfCommuneCode(code)
  if (province === p.address.provinceCode) return []
  return [
    {
      path: `${at}.address.communeCode`,
      code: 'unknown_code',
      message:
        province === undefined
          ? 'Mã xã không có trong danh mục xã, phường từ 01/7/2025'
          : 'Xã này không thuộc tỉnh/thành phố đã chọn',
    },
  ]
}

function eligibilityErrors(p: Participant, at: string): FieldIssue[] {
  if (!p.vsi) return []
  const out: FieldIssue[] = []
  const minority = isEthnicMinority(p.ethnicityCode)
  if (p.vsi.supportGroup === 'ETHNIC_MINORITY' && !minority) {
    out.push({
      path: `${at}.vsi.supportGroup`,
      code: 'ineligible',
      message: 'Người dân tộc Kinh không thuộc nhóm hỗ trợ dân tộc thiểu số (30%)',
    })
  } else if (p.vsi.supportGroup === 'OTHER' && minority) {
    out.push({
      path: `${at}.vsi.supportGroup`,
      code: 'invalid',
      message: 'Người dân tộc thiểu số được hỗ trợ 30%: chọn nhóm dân tộc thiểu số (hoặc nhóm cao hơn)',
    })
  }
  if (p.vsi.receivesPensionOrBenefit === true) {
    out.push({
      path: `${at}.vsi.receivesPensionOrBenefit`,
      code: 'ineligible',
      message:
        'Người đang hưởng lương hưu, trợ cấp BHXH hoặc trợ cấp hằng tháng không tham gia BHXH tự nguyện',
    })
  } else if (p.services.cashlessPension) {
    out.push({
      path: `${at}.services.cashlessPension`,
      code: 'ineligible',
      message:
        'Người nhận lương hưu, trợ cấp hằng tháng không tham gia BHXH tự nguyện: bỏ chọn BHXH tự nguyện hoặc dịch vụ này',
    })
  }
  return out
}

/** The same ID twice in one sitting would charge one person twice: an error. Equal ranks: see below. */
function duplicateIssues(participants: readonly Participant[]): {
  errors: FieldIssue[]
  warnings: FieldIssue[]
} {
  const errors: FieldIssue[] = []
  const out: FieldIssue[] = []
  const ids = new Map<string, number>()
  const ranks = new Map<number, number>()
  participants.forEach((p, i) => {
    if (ids.has(p.idNumber)) {
      errors.push({
        path: `participants.${i}.idNumber`,
        code: 'invalid',
        message: `Trùng số định danh với người thứ ${(ids.get(p.idNumber) ?? 0) + 1}`,
      })
    } else ids.set(p.idNumber, i)
    if (p.hi) {
      if (ranks.has(p.hi.householdOrder)) {
        out.push({
          path: `participants.${i}.hi.householdOrder`,
          code: 'invalid',
          message: `Trùng thứ tự trong hộ với người thứ ${(ranks.get(p.hi.householdOrder) ?? 0) + 1}`,
        })
      } else ranks.set(p.hi.householdOrder, i)
    }
  })
  // Equal ranks left after householdIssues are ranks typed by hand (rankOverride, or records from before
  // the ladder was computed): the lapsed-card case the supervisor checks, so a warning.
  return { errors, warnings: out }
}

function mismatch(path: string, expected: number, received: number): FieldIssue {
  return {
    path,
    code: 'amount_mismatch',
    message: `Số tiền không khớp: phải là ${formatVnd(expected, 'đồng')}, nhận ${formatVnd(received, 'đồng')}`,
    details: { expected, received },
  }
}

const codeForField: Record<string, IssueCode> = {
  idNumber: 'invalid_id_number',
  phone: 'invalid_phone',
  dateOfBirth: 'invalid_date',
  collectedAt: 'invalid_date',
}

export function zodIssuesToFieldIssues(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.')
    const last = String(issue.path[issue.path.length - 1] ?? '')
    const code: IssueCode =
      codeForField[last] ??
      (issue.code === 'invalid_type' && issue.input === undefined
        ? 'required'
        : issue.code === 'too_big' || issue.code === 'too_small'
          ? 'out_of_range'
          : 'invalid')
    return { path, code, message: issue.message }
  })
}
