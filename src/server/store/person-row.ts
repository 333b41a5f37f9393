import { foldName, type Participant } from '../../domain/index.ts'
import { paidTwiceUntil } from '../../domain/registration/paid-twice-until.ts'

/** The `registration_people` columns after `registration_id`, in insert order. */
export const PERSON_COLUMNS = [
  'participant_index',
  'id_number',
  'has_vsi',
  'has_hi',
  'vssid_assisted',
  'cashless_pension',
  'folded_name',
  'name_words',
  'birth_year',
  'commune_code',
  'commune_folded',
  'collected_on',
  'vsi_until',
  'hi_until',
] as const

/**
 * One participant as the search, the duplicate flags and the filters query it: the name and the commune
 * folded with the same `foldName` the search applies to what a supervisor types, and for each product the
 * day from which paying again is a renewal rather than paying twice (`collectedOn`: the Vietnam day).
 */
export function personRow(p: Participant, index: number, collectedOn: string): unknown[] {
  const folded = foldName(p.fullName)
  return [
    index,
    p.idNumber,
    p.vsi !== undefined,
    p.hi !== undefined,
    p.services.vssidAssisted,
    p.services.cashlessPension,
    folded,
    nameWords(folded),
    Number(p.dateOfBirth.slice(0, 4)),
    p.address.communeCode ?? null,
    foldName(p.address.commune),
    collectedOn,
    p.vsi ? paidTwiceUntil(collectedOn, p.vsi.months) : null,
    p.hi ? paidTwiceUntil(collectedOn, p.hi.months) : null,
  ]
}

/** Distinct words of a folded name: what the GIN index matches whole. */
export function nameWords(folded: string): string[] {
  return [...new Set(folded.split(' ').filter((w) => w.length > 0))]
}
