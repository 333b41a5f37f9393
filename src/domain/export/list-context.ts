/**
 * What the server knows about a registration beyond its own record, for the BHXH lists. Every
 * field is optional: without it the cells it fills stay empty, as they did before.
 */
export interface ListContext {
  /**
   * The collector's staff code (`MaNhanvienThu`). The accounts keep no separate staff code, so the server
   * passes the account's username.
   */
  collectorCode?: string | undefined
  /**
   * Per participant (same index as `participants`): the server already holds an earlier approved enrolment
   * of this person (same ID number) in the list's scheme. Decides the plan code `PA` (see `planCode`).
   */
  enrolledBefore?: readonly boolean[] | undefined
}

/**
 * `PA` (phương án): `TM` (tăng mới) for a person the server has not enrolled in this scheme before, `ON`
 * for one it has. Both codes are in the agents' import templates (docs/agency-lists.md); which one the
 * agency expects for a renewal is UNCERTAIN. Unknown (no context): empty, for the office.
 */
export function planCode(context: ListContext | undefined, participantIndex: number): string | null {
  const before = context?.enrolledBefore?.[participantIndex]
  if (before === undefined) return null
  return before ? 'ON' : 'TM'
}
