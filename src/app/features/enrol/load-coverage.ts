// The "already covered" check of the enrol form, loaded only when the phone holds the office's list for the
// event's commune: the list's index and the check come in their own chunk, never with the first screen.
import type { InsuredListState } from '../../db/insured-store.ts'
import type { IsoDate } from '../../../domain/rules/dated.ts'
import type { CoveredCard } from './covered-cards.ts'
import type { InsuredPerson } from '../../../domain/insured/insured-person.ts'
import type { ParticipantFormValues } from './enrol-form-values.ts'

export interface Coverage {
  covered: (
    participants: readonly Pick<ParticipantFormValues, 'idNumber' | 'hiOn' | 'hiMonths'>[],
    on: IsoDate,
  ) => CoveredCard[]
  note: (note: string | undefined, covered: readonly CoveredCard[], reason: string) => string | undefined
  /** The person with this ID number on the list (typed or scanned from the card), if any. */
  find: (idNumber: string) => InsuredPerson | undefined
}

export async function loadCoverage(list: InsuredListState): Promise<Coverage> {
  const [{ insuredIndexOf, findInsured }, { coveredCards, noteWithCoveredCards }, { defaultRules }] =
    await Promise.all([
      import('./insured-index.ts'),
      import('./covered-cards.ts'),
      import('../../../domain/rules/default-rules.ts'),
    ])
  const index = await insuredIndexOf(list)
  return {
    covered: (participants, on) =>
      coveredCards(participants, (idNumber) => findInsured(index, idNumber), on, defaultRules),
    note: noteWithCoveredCards,
    find: (idNumber) => findInsured(index, idNumber),
  }
}
