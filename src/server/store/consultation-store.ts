// People advised: stored as the phone sent them (idempotent by id), summed for the tallies, listed for the
// office's follow-ups. Reads are scoped like registrations: staff their own, supervisors their team's.
import type { AdvisedRecord } from '../../domain/report/tally-campaign.ts'
import type { Consultation } from '../../domain/consultation/consultation-schema.ts'
import type { FollowUp } from '../../domain/api/consultations.ts'
import { findCommuneByCode } from '../../domain/admin/admin-units.ts'
import type { AuthUser } from './auth-user.ts'
import { contentHash } from './content-hash.ts'
import type { Db } from './db.ts'
import { registrationScope } from './registration-scope.ts'

/** Stores one consultation; a second push of the same id is `duplicate` when its content is the same. */
export async function storeConsultation(
  db: Db,
  user: AuthUser,
  c: Consultation,
  now: Date,
): Promise<'accepted' | 'duplicate' | 'conflict'> {
  const hash = contentHash(c)
  const inserted = await db.query(
    `INSERT INTO consultations (id, device_id, owner_id, team_id, event_id, recorded_at, people, commune_code,
       follow_up_on, record, content_hash, received_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      c.id.toLowerCase(),
      c.deviceId.toLowerCase(),
      user.id,
      user.teamId,
      c.eventId,
      c.recordedAt,
      c.people,
      c.communeCode ?? null,
      c.followUpOn ?? null,
      JSON.stringify(c),
      hash,
      now.toISOString(),
    ],
  )
  if (inserted.length > 0) return 'accepted'
  // The same id again: a retry by the phone that recorded it is a duplicate; anything else changes nothing.
  const [stored] = await db.query<{ content_hash: string; owner_id: string }>(
    'SELECT content_hash, owner_id FROM consultations WHERE id = $1',
    [c.id.toLowerCase()],
  )
  return stored?.content_hash === hash && stored.owner_id === user.id ? 'duplicate' : 'conflict'
}

/** The consultations in the caller's scope as the tallies need them (no names), up to the `to` day. */
export async function advisedRecords(
  db: Db,
  user: AuthUser,
  options: { to?: string | undefined } = {},
): Promise<AdvisedRecord[]> {
  const scope = registrationScope(user, 1)
  const params: unknown[] = [...scope.params]
  let toClause = ''
  if (options.to) {
    params.push(`${options.to}T00:00:00+07:00`)
    toClause = ` AND r.recorded_at < $${params.length}::timestamptz + interval '1 day'`
  }
  const rows = await db.query<{
    event_id: string
    recorded_at: Date | string
    people: number
    commune_code: string | null
    owner_id: string
    display_name: string
  }>(
    `SELECT r.event_id, r.recorded_at, r.people, r.commune_code, r.owner_id, o.display_name
       FROM consultations r JOIN users o ON o.id = r.owner_id
      WHERE ${scope.sql}${toClause}`,
    params,
  )
  return rows.map((r) => ({
    eventId: r.event_id,
    recordedAt: new Date(r.recorded_at).toISOString(),
    people: r.people,
    communeCode: r.commune_code ?? undefined,
    communeName: r.commune_code === null ? undefined : findCommuneByCode(r.commune_code)?.name,
    ownerId: r.owner_id,
    ownerName: r.display_name,
  }))
}

/** Follow-ups on or before `dueBy` (a Vietnam calendar day), oldest first, optionally for one event. */
export async function listFollowUps(
  db: Db,
  user: AuthUser,
  options: { dueBy: string; eventId?: string | undefined },
): Promise<FollowUp[]> {
  const scope = registrationScope(user, 1)
  const params: unknown[] = [...scope.params, options.dueBy]
  let eventClause = ''
  if (options.eventId !== undefined) {
    params.push(options.eventId)
    eventClause = ` AND r.event_id = $${params.length}`
  }
  const rows = await db.query<{ record: Consultation; owner_id: string; display_name: string }>(
    `SELECT r.record, r.owner_id, o.display_name
       FROM consultations r JOIN users o ON o.id = r.owner_id
      WHERE ${scope.sql} AND r.follow_up_on IS NOT NULL AND r.follow_up_on <= $${scope.params.length + 1}::date${eventClause}
      ORDER BY r.follow_up_on, r.recorded_at, r.id
      LIMIT 1000`,
    params,
  )
  return rows.flatMap(({ record: c, owner_id, display_name }) =>
    c.person && c.followUpOn
      ? [
          {
            id: c.id,
            eventId: c.eventId,
            recordedAt: c.recordedAt,
            followUpOn: c.followUpOn,
            fullName: c.person.fullName,
            ...(c.person.phone ? { phone: c.person.phone } : {}),
            topics: c.topics,
            interested: c.interested,
            ...(c.note ? { note: c.note } : {}),
            staffId: owner_id,
            staffName: display_name,
          },
        ]
      : [],
  )
}
