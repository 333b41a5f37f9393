import { randomUUID } from 'node:crypto'
import { appendAudit } from './append-audit.ts'
import type { Db } from './db.ts'

export const eventKinds = [
  'art_performance',
  'job_fair',
  'village_meeting',
  'post_office_week',
  'other',
] as const
export type EventKind = (typeof eventKinds)[number]

export interface CampaignEvent {
  id: string
  name: string
  kind: EventKind
  startsOn: string
  endsOn: string
  provinceCode: string
  commune: string
}

const COLUMNS = `id, name, kind, starts_on::text AS "startsOn", ends_on::text AS "endsOn",
  province_code AS "provinceCode", commune`

export async function listEvents(db: Db): Promise<CampaignEvent[]> {
  return db.query<CampaignEvent>(`SELECT ${COLUMNS} FROM events ORDER BY starts_on DESC, id`)
}

export async function eventIds(db: Db): Promise<Set<string>> {
  return new Set((await db.query<{ id: string }>('SELECT id FROM events')).map((r) => r.id))
}

export async function createEvent(
  db: Db,
  input: Omit<CampaignEvent, 'id'> & { id?: string },
  actorId: string | null,
  now: Date,
): Promise<CampaignEvent> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<CampaignEvent>(
      `INSERT INTO events (id, name, kind, starts_on, ends_on, province_code, commune, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
      [
        input.id ?? randomUUID(),
        input.name,
        input.kind,
        input.startsOn,
        input.endsOn,
        input.provinceCode,
        input.commune,
        actorId,
        now.toISOString(),
      ],
    )
    if (!row) throw new Error('INSERT … RETURNING gave no row')
    await appendAudit(tx, { actorId, action: 'event.create', entity: 'event', entityId: row.id }, now)
    return row
  })
}
