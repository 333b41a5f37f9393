// Which fields of a person's block a scanned card filled, and whether each still holds the card's value:
// what the form draws on every render. Filling from a card (card-fill.ts) loads only once a card is read.
import type { ParticipantFormValues } from './enrol-form-values.ts'

export const cardFields = [
  'fullName',
  'idNumber',
  'dobDay',
  'dobMonth',
  'dobYear',
  'sex',
  'provinceCode',
  'commune',
  'communeCode',
  'village',
] as const
export type CardField = (typeof cardFields)[number]

export interface CardFill {
  /** The form values the card gave; a field stays marked "from the card" while it still holds this value. */
  values: Partial<Pick<ParticipantFormValues, CardField>>
  /** The address as printed on the card. */
  address?: string
  /** Today's communes the old address may be in, when the table cannot tell which: the collector picks. */
  candidates?: { code: string; name: string }[]
}

/** The fields that still hold what the card gave (a field typed over loses its mark). */
export function fieldsFromCard(fill: CardFill | undefined, current: ParticipantFormValues): CardField[] {
  if (!fill) return []
  return cardFields.filter((k) => {
    const value = fill.values[k]
    return value !== undefined && value !== '' && value === current[k]
  })
}
