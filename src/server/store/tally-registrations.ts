import type { AuthUser } from './auth-user.ts'
import type { Db } from './db.ts'
import { registrationScope } from './registration-scope.ts'

export interface Tally {
  vsiNew: number
  hiNew: number
  vssidAssisted: number
  cashlessPension: number
  registrations: number
  collectedVnd: number
}

export interface TallyFilter {
  eventId?: string | undefined
  /** Instants bounding collectedAt: from inclusive, to exclusive. */
  fromInstant?: string | undefined
  toInstant?: string | undefined
}

/**
 * domain.md §8, basic form: distinct people (by ID number) over supervisor-approved registrations only.
 * "New" does not yet look at earlier cover (no history of cards on the server): every approved VSI/HI counts.
 */
export async function tallyRegistrations(db: Db, user: AuthUser, filter: TallyFilter): Promise<Tally> {
  const scope = registrationScope(user, 1)
  const params: unknown[] = [...scope.params]
  const where = [scope.sql, `r.review_status = 'approved'`]
  if (filter.eventId) {
    params.push(filter.eventId)
    where.push(`r.event_id = $${params.length}`)
  }
  if (filter.fromInstant) {
    params.push(filter.fromInstant)
    where.push(`r.collected_at >= $${params.length}::timestamptz`)
  }
  if (filter.toInstant) {
    params.push(filter.toInstant)
    where.push(`r.collected_at < $${params.length}::timestamptz`)
  }
  const [row] = await db.query<Record<keyof Tally, string | number>>(
    `WITH chosen AS (SELECT r.id, r.amount_collected FROM registrations r WHERE ${where.join(' AND ')}),
          people AS (SELECT p.* FROM registration_people p JOIN chosen c ON c.id = p.registration_id)
     SELECT (SELECT count(DISTINCT id_number) FROM people WHERE has_vsi)::int AS "vsiNew",
            (SELECT count(DISTINCT id_number) FROM people WHERE has_hi)::int AS "hiNew",
            (SELECT count(DISTINCT id_number) FROM people WHERE vssid_assisted)::int AS "vssidAssisted",
            (SELECT count(DISTINCT id_number) FROM people WHERE cashless_pension)::int AS "cashlessPension",
            (SELECT count(*) FROM chosen)::int AS "registrations",
            (SELECT coalesce(sum(amount_collected), 0) FROM chosen)::text AS "collectedVnd"`,
    params,
  )
  return {
    vsiNew: Number(row?.vsiNew ?? 0),
    hiNew: Number(row?.hiNew ?? 0),
    vssidAssisted: Number(row?.vssidAssisted ?? 0),
    cashlessPension: Number(row?.cashlessPension ?? 0),
    registrations: Number(row?.registrations ?? 0),
    collectedVnd: Number(row?.collectedVnd ?? 0),
  }
}
