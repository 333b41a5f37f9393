// Cancelling a receipt: the registration gets a `void` mark as its next revision; the receipt
// number stays with it forever, so a paper stub can always be matched and a number is never issued twice.
import type { FieldIssue } from '../registration/field-issue.ts'
import type { Registration } from '../registration/registration-schema.ts'

export type VoidResult = { ok: true; registration: Registration } | { ok: false; issue: FieldIssue }

/** `at` is the device time (ISO-8601 with offset). The caller saves the result as a new revision. */
export function voidRegistration(reg: Registration, reason: string, at: string): VoidResult {
  const text = reason.trim().replace(/\s+/g, ' ').normalize('NFC')
  if (reg.void) {
    return { ok: false, issue: { path: 'void', code: 'invalid', message: 'Biên lai này đã huỷ' } }
  }
  if (!reg.payment) {
    return {
      ok: false,
      issue: { path: 'void', code: 'invalid', message: 'Hồ sơ này không có biên lai để huỷ' },
    }
  }
  if (text.length < 3) {
    return { ok: false, issue: { path: 'void.reason', code: 'required', message: 'Nhập lý do huỷ biên lai' } }
  }
  if (text.length > 300) {
    return {
      ok: false,
      issue: { path: 'void.reason', code: 'out_of_range', message: 'Lý do huỷ tối đa 300 ký tự' },
    }
  }
  return { ok: true, registration: { ...reg, revision: reg.revision + 1, void: { reason: text, at } } }
}
