import { toIso } from './to-iso.ts'
import type { AuditEntry } from '../../domain/api/admin.ts'

/** Columns of an audit read (alias `a`, actor `u`). */
export const AUDIT_COLUMNS = `a.id::text AS id, a.at, a.action, a.entity, a.entity_id, a.detail,
  u.id AS actor_id, u.username AS actor_username, u.display_name AS actor_display_name`

export interface AuditRow {
  id: string
  at: Date
  action: string
  entity: string
  entity_id: string | null
  detail: Record<string, unknown>
  actor_id: string | null
  actor_username: string | null
  actor_display_name: string | null
}

/** One audit line as the API answers it (src/domain/api/admin.ts). */
export type AuditView = AuditEntry

export function toAuditView(row: AuditRow): AuditView {
  return {
    id: row.id,
    at: toIso(row.at),
    actor:
      row.actor_id === null
        ? null
        : { id: row.actor_id, username: row.actor_username ?? '', displayName: row.actor_display_name ?? '' },
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    detail: row.detail,
  }
}
