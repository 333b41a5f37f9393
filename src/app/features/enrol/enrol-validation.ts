// Everything that needs zod, in its own chunk: loaded just after the form is on screen, so the first
// paint of the enrol screen does not wait for it (bundle budget).
import { zodResolver } from '@hookform/resolvers/zod'
import type { Resolver } from 'react-hook-form'
import type { IsoDate } from '../../../domain/rules/dated.ts'
import type { RuleSet } from '../../../domain/rules/rule-set.ts'
import { enrolFormSchema } from './enrol-form-schema.ts'
import type { EnrolFormValues } from './enrol-form-values.ts'

export { checkRegistration } from '../../../domain/registration/check-registration.ts'

export function enrolResolver(rules: RuleSet, on: IsoDate): Resolver<EnrolFormValues> {
  return zodResolver(enrolFormSchema(rules, on))
}
