// The enrol form's checks (one rulebook). What cannot be read is the form's own (unreadable-fields.ts);
// everything else is checkRegistration's, the same function the server runs on every push: the form builds
// the registration from the typed values and shows the domain's errors and warnings at their fields.
//
// So that a person's rules show while other fields are still empty, each unreadable field is replaced by a
// neutral stand-in before the registration is built, and what the domain says about a stand-in (or about a
// field judged against one: ID digits against a missing birth year) is dropped: that field already says
// what to type.
import { checkBeforeSave } from '../../../domain/registration/check-registration.ts'
import type { FieldIssue } from '../../../domain/registration/field-issue.ts'
import { valueOn, type IsoDate } from '../../../domain/rules/dated.ts'
import type { RuleSet } from '../../../domain/rules/rule-set.ts'
import type { EnrolFormValues, ParticipantFormValues } from './enrol-form-values.ts'
import { toRegistration } from './form-to-registration.ts'
import { issuePathToField } from './issue-path-to-field.ts'
import { quoteForm } from './quote-participant.ts'
import { unreadableFields, type ParticipantField, type Unreadable } from './unreadable-fields.ts'

export interface FormIssue {
  /** A form field path (`participants.0.vsiIncome`), or `root` when no field fits. */
  field: string
  code: string
  message: string
}

export interface EnrolFormCheck {
  errors: FormIssue[]
  warnings: FormIssue[]
}

const FORM_CONTEXT = {
  id: '00000000-0000-4000-8000-000000000000',
  revision: 1,
  deviceId: '00000000-0000-4000-8000-000000000000',
  eventId: 'enrol-form',
}

/** `on`: the date whose rules apply (today, or the original date of a correction). Pure. */
export function checkEnrolForm(values: EnrolFormValues, rules: RuleSet, on: IsoDate): EnrolFormCheck {
  const errors: FormIssue[] = []
  const unreadable = values.participants.map(unreadableFields)
  unreadable.forEach((fields, i) => {
    for (const [field, message] of Object.entries(fields)) {
      errors.push({ field: `participants.${i}.${field}`, code: 'required', message })
    }
  })
  const ranksUnreadable = !/^\d{1,2}$/.test(values.alreadyValidRanks.trim())
  if (ranksUnreadable) {
    errors.push({
      field: 'alreadyValidRanks',
      code: 'required',
      message: 'Nhập số người đã có thẻ (0 nếu chưa ai có)',
    })
  }

  const standIn: EnrolFormValues = {
    ...values,
    participants: values.participants.map((p, i) => withStandIns(p, unreadable[i] ?? {}, rules, on)),
    alreadyValidRanks: ranksUnreadable ? '0' : values.alreadyValidRanks,
  }
  const reg = toRegistration(standIn, { ...FORM_CONTEXT, collectedAt: `${on}T12:00:00+07:00` }, rules, on)
  const checked = checkBeforeSave(reg, rules)
  const domainErrors = checked.ok ? [] : checked.errors
  const keep = (issue: FieldIssue): FormIssue[] => {
    const field = issuePathToField(issue.path) ?? 'root'
    return dependsOnStandIn(field, issue, unreadable)
      ? []
      : [{ field, code: issue.code, message: issue.message }]
  }
  errors.push(...domainErrors.flatMap(keep))
  const warnings = checked.warnings.flatMap(keep).filter((w) => w.field !== 'root')

  // The tick confirms one sum: the one shown when it was ticked. A total changed since is asked for again.
  const due = quoteForm(values, rules, on).total
  if (due > 0 && !(values.paid && values.paidFor === due)) {
    errors.push({ field: 'paid', code: 'required', message: 'Xác nhận đã thu đủ tiền mặt' })
  }
  return { errors, warnings }
}

/** Neutral values for what cannot be read: an adult Kinh person in Lào Cai with nothing unusual. */
function withStandIns(
  p: ParticipantFormValues,
  unreadable: Unreadable,
  rules: RuleSet,
  on: IsoDate,
): ParticipantFormValues {
  const has = (field: ParticipantField) => unreadable[field] !== undefined
  const out = { ...p }
  if (has('fullName')) out.fullName = 'Người Tham Gia'
  if (has('idNumber')) out.idNumber = '000000000000'
  if (has('dobYear') || has('dobMonth') || has('dobDay')) {
    Object.assign(out, { dobYear: String(Number(on.slice(0, 4)) - 30), dobMonth: '', dobDay: '' })
  }
  if (has('sex')) out.sex = 'male'
  if (has('ethnicityCode')) out.ethnicityCode = '01'
  if (has('phone')) out.phone = ''
  if (has('provinceCode')) out.provinceCode = '15'
  if (has('commune')) out.commune = 'Chưa nhập'
  if (has('consent')) out.consent = true
  if (has('vsiOn')) out.vssidAssisted = true
  if (has('vsiIncome')) out.vsiIncome = String(valueOn(rules.povertyLineRural, on, 'poverty line'))
  if (has('vsiMonths')) out.vsiMonths = '12'
  if (has('vsiPriorMonths')) out.vsiPriorMonths = '0'
  if (has('householdOrder')) out.householdOrder = ''
  if (has('hiOverrideNote')) out.hiOverrideNote = 'chưa có ghi chú'
  return out
}

/** Judged against a stand-in: the field itself, or one whose rule reads a stand-in. */
function dependsOnStandIn(field: string, issue: FieldIssue, unreadable: readonly Unreadable[]): boolean {
  const m = /^participants\.(\d+)\.(\w+)$/.exec(field)
  if (!m) return false
  const u = unreadable[Number(m[1])] ?? {}
  const name = m[2] as ParticipantField
  if (u[name] !== undefined) return true
  const dobStandIn = u.dobYear !== undefined || u.dobMonth !== undefined || u.dobDay !== undefined
  if (name === 'idNumber' && issue.code === 'id_mismatch') return dobStandIn || u.sex !== undefined
  if (name === 'dobYear' || name === 'dobMonth' || name === 'dobDay') return dobStandIn
  if (name === 'supportGroup') return u.ethnicityCode !== undefined
  return false
}
