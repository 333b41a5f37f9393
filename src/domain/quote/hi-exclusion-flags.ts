// Who may not join household HI (BHYT hộ gia đình) because another group covers them (domain.md §3.4).
// A closed set: the form shows these, the household quote skips flagged members, a supervisor may override.
// Only the list here (no labels, no zod): the wire schema and the quote need just the codes, and the
// device loads this with its first chunks. Labels and warnings: hi-exclusion-labels.ts.
// CHILD_UNDER_6 stays for records that ticked it; now the age is derived from the birth date
// (state-funded-child.ts) and the form no longer offers it.

export const hiExclusionFlags = [
  'EMPLOYEE',
  'PENSIONER',
  'CHILD_UNDER_6',
  'POOR_HOUSEHOLD',
  'ETHNIC_MINORITY_DIFFICULT_AREA',
  'EXTREMELY_DIFFICULT_AREA',
  'SOCIAL_ASSISTANCE',
  'NEAR_POOR',
  'STUDENT',
  'FARM_AVG_LIVING',
] as const
export type HiExclusionFlag = (typeof hiExclusionFlags)[number]
