import type { z } from 'zod'
import { quoteHi } from '../quote/hi-quote.ts'
import { quoteVsi } from '../quote/vsi-quote.ts'
import type { RuleSet } from '../rules/rule-set.ts'
import type { FieldIssue, IssueCode } from './field-issue.ts'
import { vietnamDate } from './local-date.ts'
import { registrationSchema, type Registration } from './registration-schema.ts'

export type CheckResult =
  { ok: true; registration: Registration; warnings: FieldIssue[] } | { ok: false; errors: FieldIssue[] }

/**
 * What the server does to every pushed registration, and the device before it saves: the shared schema,
 * then the rules recomputed at the date of `collectedAt`. Amounts are never fixed silently.
 */
export function checkRegistration(input: unknown, rules: RuleSet): CheckResult {
  const parsed = registrationSchema.safeParse(input)
  if (!parsed.success) return { ok: false, errors: zodIssuesToFieldIssues(parsed.error.issues) }
  const reg = parsed.data
  const errors: FieldIssue[] = []
  const on = vietnamDate(reg.collectedAt)
  let total = 0
  reg.participants.forEach((p, i) => {
    const at = `participants.${i}`
    if (p.dateOfBirth.slice(0, p.dateOfBirth.length) > on.slice(0, p.dateOfBirth.length)) {
      errors.push({
        path: `${at}.dateOfBirth`,
        code: 'invalid_date',
        message: 'Ngày sinh không thể sau ngày thu',
      })
    }
    if (p.vsi) {
      const q = quoteVsi(p.vsi, rules, on)
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
  if (errors.length > 0) return { ok: false, errors }
  if (total > 0 && reg.payment === null) {
    errors.push({ path: 'payment', code: 'required', message: 'Có số tiền phải thu: cần biên lai thu tiền' })
  } else if (reg.payment && reg.payment.amountCollected !== total) {
    errors.push(mismatch('payment.amountCollected', total, reg.payment.amountCollected))
  }
  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, registration: reg, warnings: [] }
}

function mismatch(path: string, expected: number, received: number): FieldIssue {
  return {
    path,
    code: 'amount_mismatch',
    message: `Số tiền không khớp: phải là ${expected.toLocaleString('vi-VN')} đồng, nhận ${received.toLocaleString('vi-VN')} đồng`,
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
