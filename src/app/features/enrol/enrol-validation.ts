// Everything that needs zod, in its own chunk: loaded just after the form is on screen, so the first
// paint of the enrol screen does not wait for it (bundle budget).
import { toNestErrors } from '@hookform/resolvers'
import type { FieldError, FieldErrors, Resolver } from 'react-hook-form'
import type { IsoDate } from '../../../domain/rules/dated.ts'
import type { RuleSet } from '../../../domain/rules/rule-set.ts'
import { checkEnrolForm, type FormIssue } from './check-enrol-form.ts'
import type { EnrolFormValues } from './enrol-form-values.ts'

export { checkBeforeSave } from '../../../domain/registration/check-registration.ts'
// Needed only once Lưu is tapped, like the checks: not in the enrol screen's first bundle.
export { toRegistration } from './form-to-registration.ts'

/**
 * The form's resolver: checkEnrolForm's errors at their fields (the first per field). The domain's
 * warnings never block; they go to `onWarnings` to be shown beside the fields.
 */
export function enrolResolver(
  rules: RuleSet,
  on: IsoDate,
  onWarnings: (warnings: FormIssue[]) => void = () => {},
): Resolver<EnrolFormValues> {
  return (values, _context, options) => {
    const { errors, warnings } = checkEnrolForm(values, rules, on)
    onWarnings(warnings)
    if (errors.length === 0) return { values, errors: {} }
    const flat: Record<string, FieldError> = {}
    for (const e of errors) flat[e.field] ??= { type: e.code, message: e.message }
    return { values: {}, errors: toNestErrors(flat as FieldErrors, options) }
  }
}
