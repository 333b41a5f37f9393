import type { CheckIssue } from '../registration/field-issue.ts'
import { rowOn, type IsoDate } from '../rules/dated.ts'
import type { RuleSet } from '../rules/rule-set.ts'
import { normalizePhone } from './normalize-phone.ts'

export interface PhoneCheck {
  /** The number in stored form (10 digits from 0) when it has that shape, else the cleaned input. */
  phone: string
  carrier: string | undefined
  issues: CheckIssue[]
}

/** Shape is an error; a prefix missing from the dated carrier list is only a warning (MVNO ranges change). */
export function checkPhone(raw: string, rules: RuleSet, on: IsoDate): PhoneCheck {
  const phone = normalizePhone(raw)
  if (!/^0\d{9}$/u.test(phone)) {
    return {
      phone,
      carrier: undefined,
      issues: [
        {
          severity: 'error',
          code: 'invalid_phone',
          message: 'Số điện thoại phải gồm 10 chữ số, bắt đầu bằng 0',
        },
      ],
    }
  }
  const carrier = rowOn(rules.phone, on)?.value.prefixes[phone.slice(0, 3)]
  if (carrier !== undefined) return { phone, carrier, issues: [] }
  return {
    phone,
    carrier,
    issues: [
      {
        severity: 'warning',
        code: 'invalid_phone',
        message: 'Đầu số điện thoại không có trong danh sách nhà mạng; kiểm tra lại số điện thoại',
        details: { part: 'prefix' },
      },
    ],
  }
}
