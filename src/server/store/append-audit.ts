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

/** The only writer of `audit_log`; call it inside the transaction of the change it records. */
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
