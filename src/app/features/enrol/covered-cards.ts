// No charge twice: a person whose household HI card on the office's list already covers the period being
// paid for is flagged at the ID field before any cash is taken; saving anyway needs the same reason as a
// repeat, and the supervisor reads it in the note. Pure.
import type { InsuredPerson } from '../../../domain/insured/insured-person.ts'
import { cardCovers } from '../../../domain/insured/plan-renewal.ts'
import type { IsoDate } from '../../../domain/rules/dated.ts'
import type { RuleSet } from '../../../domain/rules/rule-set.ts'
import { formatDateVi } from '../../../domain/format/format-date-vi.ts'
import type { ParticipantFormValues } from './enrol-form-values.ts'
import { normalizeIdNumber } from './parse-form-fields.ts'

export interface CoveredCard {
  index: number
  /** The last day of the card on the list. */
  hiTo: string
}

export function coveredCards(
  participants: readonly Pick<ParticipantFormValues, 'idNumber' | 'hiOn' | 'hiMonths'>[],
  find: (idNumber: string) => InsuredPerson | undefined,
  on: IsoDate,
  rules: RuleSet,
): CoveredCard[] {
  return participants.flatMap((p, index) => {
    if (!p.hiOn) return []
    const person = find(normalizeIdNumber(p.idNumber))
    return person?.hiTo !== undefined && cardCovers(person, on, Number(p.hiMonths), rules)
      ? [{ index, hiTo: person.hiTo }]
      : []
  })
}

/** One line per covered person before the rest of the note: "Người thứ 2: thẻ BHYT còn hạn đến … — <lý do>". */
export function noteWithCoveredCards(
  note: string | undefined,
  covered: readonly CoveredCard[],
  reason: string,
): string | undefined {
  if (covered.length === 0) return note
  const why = reason.trim().replace(/\s+/g, ' ').normalize('NFC')
  const lines = covered.map(
    (c) =>
      `Người thứ ${c.index + 1}: thẻ BHYT còn hạn đến ${formatDateVi(c.hiTo)} theo danh sách BHXH — ${why}`,
  )
  return [...lines, ...(note ? [note] : [])].join('\n').slice(0, 500)
}
