import { LIST_LIMIT_DEFAULT, type FlagFilter, type ReviewStatus } from '../../domain/index.ts'
import type { AuthUser } from './auth-user.ts'
import type { Db } from './db.ts'
import {
  registrationColumns,
  REGISTRATION_JOINS,
  toSummary,
  type RegistrationRow,
  type RegistrationSummary,
} from './registration-row.ts'
import { registrationScope } from './registration-scope.ts'

/** What the search matches: an exact ID number, or a folded name (whole words, or the start of the name). */
export type PersonMatch = { idNumber: string } | { words: string[]; prefix: string }

export interface ListFilter {
  status?: ReviewStatus | undefined
  eventId?: string | undefined
  ownerId?: string | undefined
  communeCode?: string | undefined
  /** Folded commune name. */
  commune?: string | undefined
  flagged?: FlagFilter | undefined
  person?: PersonMatch | undefined
  /** Keyset position: the (collectedAt, id) of the last item of the previous page. */
  after?: { collectedAt: string; id: string } | undefined
  limit?: number | undefined
}

const FLAG_KINDS: Record<FlagFilter, string> = {
  hard: "f.kind = 'duplicate_id'",
  soft: "f.kind = 'possible_duplicate'",
  any: 'TRUE',
}

/** A search matching at most this many registrations looks them up by id (see listRegistrations). */
export const FEW_MATCHES = 5_000

/**
 * Newest collected first, in the caller's scope. Every filter is a condition the planner can drive from an
 * index (migration 0002): the list indexes for scope/status/event/owner, `registration_people` for commune,
 * ID number and name; the keyset `(collected_at, id) < cursor` keeps deep pages as cheap as the first.
 */
export async function listRegistrations(
  db: Db,
  user: AuthUser,
  filter: ListFilter,
  options: { fewMatches: number } = { fewMatches: FEW_MATCHES },
): Promise<{ items: RegistrationSummary[]; next?: { collectedAt: string; id: string } }> {
  const limit = filter.limit ?? LIST_LIMIT_DEFAULT
  const scope = registrationScope(user, 1)
  const params: unknown[] = [...scope.params]
  const where = [scope.sql]
  const param = (value: unknown) => {
    params.push(value)
    return `$${params.length}`
  }
  if (filter.status) where.push(`r.review_status = ${param(filter.status)}`)
  if (filter.eventId) where.push(`r.event_id = ${param(filter.eventId)}`)
  if (filter.ownerId) where.push(`r.owner_id = ${param(filter.ownerId)}`)
  if (filter.communeCode) {
    where.push(
      `r.id IN (SELECT registration_id FROM registration_people WHERE commune_code = ${param(filter.communeCode)})`,
    )
  }
  if (filter.commune) {
    where.push(
      `r.id IN (SELECT registration_id FROM registration_people WHERE commune_folded = ${param(filter.commune)})`,
    )
  }
  if (filter.person) {
    const p = filter.person
    // The match, with its values numbered by `number` (this query's or the one below).
    const match = (number: (value: unknown) => string) =>
      'idNumber' in p
        ? `id_number = ${number(p.idNumber)}`
        : `name_words @> ${number(p.words)}::text[] OR folded_name LIKE ${number(likePrefix(p.prefix))}`
    // The matching registrations first, when they are few: the planner guesses a word it has never seen
    // (a typo, an ID number typed with a digit too many) in half a percent of the rows, and walks the
    // whole list in order looking for 50 of them — 4.6 s over 1,000,000 registrations for no match at all.
    // Many matches (a common surname) are found fastest by that walk, so they keep it.
    const own: unknown[] = []
    const matched = await db.query<{ id: string }>(
      `SELECT DISTINCT registration_id::text AS id FROM registration_people
        WHERE ${match((value) => `$${own.push(value)}`)} LIMIT ${options.fewMatches + 1}`,
      own,
    )
    where.push(
      matched.length <= options.fewMatches
        ? `r.id = ANY(${param(matched.map((m) => m.id))}::uuid[])`
        : `r.id IN (SELECT registration_id FROM registration_people WHERE ${match(param)})`,
    )
  }
  if (filter.flagged) {
    where.push(`EXISTS (SELECT 1 FROM registration_flags f JOIN registrations fo ON fo.id = f.other_id
       WHERE f.registration_id = r.id AND ${FLAG_KINDS[filter.flagged]} AND fo.review_status <> 'rejected'${
         // Staff: only flags about registrations they may read (registration-row.ts).
         user.role === 'staff' ? ' AND fo.owner_id = r.owner_id' : ''
       })`)
  }
  if (filter.after) {
    const at = param(filter.after.collectedAt)
    const id = param(filter.after.id)
    where.push(`(r.collected_at, r.id) < (${at}::timestamptz, ${id}::uuid)`)
  }
  const rows = await db.query<RegistrationRow>(
    `SELECT ${registrationColumns(user.role)} FROM registrations r ${REGISTRATION_JOINS}
      WHERE ${where.join(' AND ')}
      ORDER BY r.collected_at DESC, r.id DESC LIMIT ${param(limit + 1)}`,
    params,
  )
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    items: page.map(toSummary),
    ...(rows.length > limit && last
      ? { next: { collectedAt: new Date(last.collected_at).toISOString(), id: last.id } }
      : {}),
  }
}

function likePrefix(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`) + '%'
}
