// Whose tally and which records: the WHERE clause every tally statement over the facts shares.
import type { TallyScope } from '../../domain/index.ts'

/**
 * Whose tally: the office's, over every record, or a team's, over its own records with its own history (the
 * `team_…` facts, migration 0030). A supervisor without a team has nothing to count.
 */
export type TallyOf = 'office' | { team: string | null }

/** A tally's scope as SQL over `tally_facts` (alias `f`), with its parameters from `$<first>`. */
export function factsScope(
  scope: TallyScope,
  of: TallyOf,
  first: number,
): { sql: string; params: unknown[] } {
  const parts: string[] = []
  const params: unknown[] = []
  const next = (value: unknown) => {
    params.push(value)
    return `$${first + params.length - 1}`
  }
  if (of !== 'office') parts.push(of.team === null ? 'FALSE' : `f.team_id = ${next(of.team)}`)
  // Calendar days in Vietnam, both ends inclusive.
  if (scope.to !== undefined)
    parts.push(`f.collected_at < ${next(`${scope.to}T00:00:00+07:00`)}::timestamptz + interval '1 day'`)
  if (scope.from !== undefined)
    parts.push(`f.collected_at >= ${next(`${scope.from}T00:00:00+07:00`)}::timestamptz`)
  if (scope.eventId !== undefined) parts.push(`f.event_id = ${next(scope.eventId)}`)
  return { sql: parts.length > 0 ? parts.join(' AND ') : 'TRUE', params }
}
