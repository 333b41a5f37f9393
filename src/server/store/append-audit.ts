import type { Db } from './db.ts'

export type AuditAction =
  | 'session.create'
  | 'session.denied'
  | 'session.revoke'
  | 'device.register'
  | 'device.link'
  | 'device.revoke'
  | 'event.create'
  | 'event.update'
  | 'registration.create'
  | 'registration.update'
  | 'registration.review'
  | 'registration.override'
  | 'sync.push'
  | 'sync.consultations'
  | 'export.download'
  | 'export.complete'
  | 'user.create'
  | 'user.update'
  | 'user.password_reset'
  | 'team.create'
  | 'cash.handover'
  | 'cash.confirm'
  | 'receipt_issuer.set'
  | 'receipt_issuer.delete'
  | 'health_facility.import'
  | 'insured.import'
  | 'insured.download'

export interface AuditEntry {
  actorId: string | null
  action: AuditAction
  entity:
    | 'session'
    | 'device'
    | 'event'
    | 'registration'
    | 'export'
    | 'user'
    | 'team'
    | 'cash_handover'
    | 'receipt_issuer'
    | 'health_facility'
    | 'insured_list'
  entityId: string | null
  /** Counts, revisions, codes: never names, ID numbers, phones or free text typed about a person. */
  detail?: Record<string, string | number | boolean | null>
}

/**
 * With appendAuditMany and auditInsertSql, the only writers of `audit_log`; call it inside the transaction of
 * the change it records.
 */
export async function appendAudit(db: Db, entry: AuditEntry, at: Date): Promise<void> {
  await db.query(
    'INSERT INTO audit_log (at, actor_id, action, entity, entity_id, detail) VALUES ($1, $2, $3, $4, $5, $6)',
    [
      at.toISOString(),
      entry.actorId,
      entry.action,
      entry.entity,
      entry.entityId,
      JSON.stringify(entry.detail ?? {}),
    ],
  )
}

/** Many entries in one statement (a push stored set-based), in the order given; same rules as appendAudit. */
export async function appendAuditMany(db: Db, entries: readonly AuditEntry[], at: Date): Promise<void> {
  if (entries.length === 0) return
  await db.query(auditInsertSql('$1', '$2'), [auditRows(entries), at.toISOString()])
}

/**
 * appendAuditMany's INSERT, for a statement that writes more in the same round trip (save-new-batch.ts):
 * `rows` names the parameter holding auditRows(entries), `at` the time's. `detail` may add to each entry's
 * detail (an SQL expression over `x.detail`, `x.entity_id` and what `join` brings in); `where` gates it.
 */
export function auditInsertSql(
  rows: string,
  at: string,
  more: { detail?: string; join?: string; where?: string } = {},
) {
  return `INSERT INTO audit_log (at, actor_id, action, entity, entity_id, detail)
     SELECT ${at}::timestamptz, x.actor_id, x.action, x.entity, x.entity_id, ${more.detail ?? 'x.detail'}
       FROM jsonb_to_recordset(${rows}::jsonb)
            AS x(n integer, actor_id uuid, action text, entity text, entity_id text, detail jsonb) ${more.join ?? ''}
      WHERE ${more.where ?? 'TRUE'}
      ORDER BY x.n`
}

/** The entries as the JSON auditInsertSql reads, numbered in order. */
export function auditRows(entries: readonly AuditEntry[]): string {
  return JSON.stringify(
    entries.map((e, n) => ({
      n,
      actor_id: e.actorId,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId,
      detail: e.detail ?? {},
    })),
  )
}
