// What the agency knows of a person, as the office imports it (docs/insured-list.md) and the phone carries
// it to the village: who they are, their household, their HI card's validity, their VSI paid-to month.
// Pure: the server reads the import with it, the phone searches and renews with it.

export interface InsuredPerson {
  /** The 12-digit personal ID number. */
  idNumber: string
  fullName: string
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY" as the agency has it. */
  dateOfBirth: string
  sex: 'male' | 'female'
  /** 5-digit commune code since 2025-07-01. */
  communeCode: string
  /** The agency's household code (mã hộ): members of one household share it. */
  householdCode?: string
  /** The HI card's validity, both days inclusive. */
  hiFrom?: string
  hiTo?: string
  /** The initial health facility's code (mã KCB). */
  facilityCode?: string
  /** VSI paid up to this month, "YYYY-MM". */
  vsiPaidTo?: string
}

/**
 * The compact row the phone downloads and keeps sealed: positions, not names, so 10,000 people stay a few
 * hundred KB. Empty strings for what is unknown; sex 1 = male, 2 = female.
 */
export type InsuredRow = [
  idNumber: string,
  fullName: string,
  dateOfBirth: string,
  sex: 1 | 2,
  communeCode: string,
  householdCode: string,
  hiFrom: string,
  hiTo: string,
  facilityCode: string,
  vsiPaidTo: string,
]

export function toRow(p: InsuredPerson): InsuredRow {
  return [
    p.idNumber,
    p.fullName,
    p.dateOfBirth,
    p.sex === 'male' ? 1 : 2,
    p.communeCode,
    p.householdCode ?? '',
    p.hiFrom ?? '',
    p.hiTo ?? '',
    p.facilityCode ?? '',
    p.vsiPaidTo ?? '',
  ]
}

export function fromRow(r: InsuredRow): InsuredPerson {
  const [
    idNumber,
    fullName,
    dateOfBirth,
    sex,
    communeCode,
    householdCode,
    hiFrom,
    hiTo,
    facilityCode,
    vsiPaidTo,
  ] = r
  return {
    idNumber,
    fullName,
    dateOfBirth,
    sex: sex === 1 ? 'male' : 'female',
    communeCode,
    ...(householdCode ? { householdCode } : {}),
    ...(hiFrom ? { hiFrom } : {}),
    ...(hiTo ? { hiTo } : {}),
    ...(facilityCode ? { facilityCode } : {}),
    ...(vsiPaidTo ? { vsiPaidTo } : {}),
  }
}
