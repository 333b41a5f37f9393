import { randomUUID } from 'node:crypto'
import type { EventPatch } from '../../domain/index.ts'
import { appendAudit } from './append-audit.ts'
import type { Db } from './db.ts'
import type { CampaignEvent } from '../../domain/api/admin.ts'

export type { CampaignEvent }

const COLUMNS = `id, name, kind, starts_on::text AS "startsOn", ends_on::text AS "endsOn",
  province_code AS "provinceCode", commune, team_id AS "teamId"`

// Patch field → column; a fixed map, so no input ever becomes SQL.
const PATCH_COLUMNS: Record<keyof EventPatch, string> = {
  name: 'name',
  kind: 'kind',
  startsOn: 'starts_on',
  endsOn: 'ends_on',
  provinceCode: 'province_code',
  commune: 'commune',
  teamId: 'team_id',
}

export async function listEvents(db: Db): Promise<CampaignEvent[]> {
  return db.query<CampaignEvent>(`SELECT ${COLUMNS} FROM events ORDER BY starts_on DESC, id`)
}

export async function findEvent(db: Db, id: string): Promise<CampaignEvent | undefined> {
  const [row] = await db.query<CampaignEvent>(`SELECT ${COLUMNS} FROM events WHERE id = $1`, [id])
  return row
}

export async function eventIds(db: Db): Promise<Set<string>> {
  return new Set((await db.query<{ id: string }>('SELECT id FROM events')).map((r) => r.id))
}

export async function createEvent(
  db: Db,
  input: Omit<CampaignEvent, 'id' | 'teamId'> & { id?: string; teamId?: string | null | undefined },
  actorId: string | null,
  now: Date,
): Promise<CampaignEvent> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<CampaignEvent>(
      `INSERT INTO events (id, name, kind, starts_on, ends_on, province_code, commune, team_id, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
      [
        input.id ?? randomUUID(),
        input.name,
        input.kind,
        input.startsOn,
        input.endsOn,
        input.provinceCode,
        input.commune,
        input.teamId ?? null,
        actorId,
        now.toISOString(),
      ],
    )
    if (!row) throw new Error('INSERT … RETURNING gave no row')
    await appendAudit(
      tx,
      { actorId, action: 'event.create', entity: 'event', entityId: row.id, detail: { teamId: row.teamId } },
      now,
    )
    return row
  })
}

/** Applies `patch` to the event; undefined when there is no such event. Dates must stay in order (CHECK). */
export async function updateEvent(
  db: Db,
  id: string,
  patch: EventPatch,
  actorId: string,
  now: Date,
): Promise<CampaignEvent | undefined> {
  const fields = (Object.keys(patch) as (keyof EventPatch)[]).filter((k) => patch[k] !== undefined)
  const params: unknown[] = [id]
  const sets = fields.map((k) => {
    params.push(patch[k])
    return `${PATCH_COLUMNS[k]} = $${params.length}`
  })
  return db.transaction(async (tx) => {
    const [row] = await tx.query<CampaignEvent>(
      `UPDATE events SET ${sets.join(', ')} WHERE id = $1 RETURNING ${COLUMNS}`,
      params,
    )
    if (!row) return undefined
    await appendAudit(
      tx,
      {
        actorId,
        action: 'event.update',
        entity: 'event',
        entityId: id,
        detail: { fields: fields.join(',') },
      },
      now,
    )
    return row
  })
}

export async function teamExists(db: Db, teamId: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM teams WHERE id = $1', [teamId])).length > 0
}
