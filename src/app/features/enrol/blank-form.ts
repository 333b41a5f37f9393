// The form "Xoá và nhập lại" starts again from: one blank person, no product ticked, the income at the floor
// of the day. Never anything of the previous person (their VSI income used to stay).
import { groupThousands } from '../../../domain/format/format-vnd.ts'
import { valueOn, type IsoDate } from '../../../domain/rules/dated.ts'
import type { RuleSet } from '../../../domain/rules/rule-set.ts'
import { emptyForm, type EnrolFormValues, type ParticipantFormValues } from './enrol-form-values.ts'

export function blankForm(rules: RuleSet, on: IsoDate): EnrolFormValues {
  return emptyForm(groupThousands(valueOn(rules.povertyLineRural, on, 'poverty line')))
}

type BlankKey =
  | 'fullName'
  | 'idNumber'
  | 'dobDay'
  | 'dobMonth'
  | 'dobYear'
  | 'phone'
  | 'commune'
  | 'village'
  | 'sex'
  | 'consent'
  | 'vsiOn'
  | 'hiOn'
  | 'vssidAssisted'
  | 'cashlessPension'

/**
 * Nothing typed yet: no person's details, no product, no tick. Such a form is not kept as a draft, so the
 * home screen never says a registration is in progress when there is none. A watch may hand
 * over partial values, hence the optional reads.
 */
export function isBlankForm(values: {
  participants?: readonly (Partial<Pick<ParticipantFormValues, BlankKey>> | undefined)[] | undefined
}): boolean {
  const people = values.participants ?? []
  if (people.length > 1) return false
  const p = people[0]
  if (!p) return true
  const typed = [p.fullName, p.idNumber, p.dobDay, p.dobMonth, p.dobYear, p.phone, p.commune, p.village]
  return (
    typed.every((v) => (v ?? '').trim() === '') &&
    !p.sex &&
    !p.consent &&
    !p.vsiOn &&
    !p.hiOn &&
    !p.vssidAssisted &&
    !p.cashlessPension
  )
}
