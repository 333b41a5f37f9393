import { vietnamDate, type AuditQuery } from '../../domain/index.ts'
import { AUDIT_COLUMNS, toAuditView, type AuditRow, type AuditView } from './audit-entry-row.ts'
import type { Db } from './db.ts'

const DEFAULT_LIMIT = 50

/** The admin's audit search: newest first, keyset on the identity column, filters from indexes of 0002. */
export async function listAudit(db: Db, query: AuditQuery): Promise<{ items: AuditView[]; cursor?: string }> {
  const limit = query.limit ?? DEFAULT_LIMIT
  const params: unknown[] = []
  const where: string[] = ['TRUE']
  const param = (value: unknown) => {
    params.push(value)
    return `$${params.length}`
  }
  if (query.entity) where.push(`a.entity = ${param(query.entity)}`)
  if (query.entityId) where.push(`a.entity_id = ${param(query.entityId)}`)
  if (query.actorId) where.push(`a.actor_id = ${param(query.actorId)}`)
  if (query.action) where.push(`a.action = ${param(query.action)}`)
  // Calendar days in Vietnam (UTC+7, no daylight saving), both ends inclusive.
  if (query.from) where.push(`a.at >= ${param(`${query.from}T00:00:00+07:00`)}::timestamptz`)
  if (query.to) where.push(`a.at < ${param(nextDayStart(query.to))}::timestamptz`)
  if (query.cursor) where.push(`a.id < ${param(query.cursor)}::bigint`)
  const rows = await db.query<AuditRow>(
    `SELECT ${AUDIT_COLUMNS} FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
      WHERE ${where.join(' AND ')} ORDER BY a.id DESC LIMIT ${param(limit + 1)}`,
    params,
  )
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return { items: page.map(toAuditView), ...(rows.length > limit && last ? { cursor: last.id } : {}) }
}

function nextDayStart(day: string): string {
  const next = vietnamDate(new Date(Date.parse(`${day}T00:00:00+07:00`) + 86_400_000).toISOString())
  return `${next}T00:00:00+07:00`
}
