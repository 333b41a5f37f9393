import { appendAudit } from './append-audit.ts'
import type { Db } from './db.ts'

// Lào Cai: prefixes read LC001, LC002… (the receipt schema allows up to 12 letters and digits).
const PREFIX_LETTERS = 'LC'

export interface DeviceRegistration {
  deviceId: string
  receiptPrefix: string
  label: string | null
  created: boolean
}

/** Why a device id was not given to the caller: revoked, or registered by another account. */
export interface DeviceRefusal {
  refused: 'revoked' | 'taken'
}

/**
 * Idempotent per deviceId: the first call allocates a receipt prefix that is never reused; later calls by the
 * same account get the same prefix. A device id belongs to the account that registered it first:
 * anyone else is refused `taken`, since a device id is no secret (it is in every push) and taking one gave the
 * device's receipt prefix and put it in the taker's team's device list, where it could be revoked. Accounts
 * linked before that rule (shared phones) keep their link.
 */
export async function registerDevice(
  db: Db,
  input: { deviceId: string; label: string | null; userId: string },
  now: Date,
): Promise<DeviceRegistration | DeviceRefusal> {
  return db.transaction(async (tx) => {
    type Row = {
      receipt_prefix: string
      label: string | null
      revoked_at: Date | null
      registered_by: string
    }
    let [row] = await tx.query<Row>(
      'SELECT receipt_prefix, label, revoked_at, registered_by FROM devices WHERE device_id = $1 FOR UPDATE',
      [input.deviceId],
    )
    let created = false
    if (!row) {
      const [seq] = await tx.query<{ n: string }>("SELECT nextval('receipt_prefix_seq')::text AS n")
      const prefix = PREFIX_LETTERS + String(seq?.n ?? '').padStart(3, '0')
      const inserted = await tx.query<Row>(
        `INSERT INTO devices (device_id, receipt_prefix, label, registered_by, created_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (device_id) DO NOTHING
         RETURNING receipt_prefix, label, revoked_at, registered_by`,
        [input.deviceId, prefix, input.label, input.userId, now.toISOString()],
      )
      row = inserted[0]
      if (row) {
        created = true
        await appendAudit(
          tx,
          {
            actorId: input.userId,
            action: 'device.register',
            entity: 'device',
            entityId: input.deviceId,
            detail: { receiptPrefix: prefix },
          },
          now,
        )
      } else {
        // Another request registered it between our SELECT and INSERT (PostgreSQL only).
        ;[row] = await tx.query<Row>(
          'SELECT receipt_prefix, label, revoked_at, registered_by FROM devices WHERE device_id = $1',
          [input.deviceId],
        )
      }
    }
    if (!row) throw new Error('device vanished inside its transaction')
    if (row.registered_by !== input.userId) {
      const [link] = await tx.query('SELECT 1 FROM device_users WHERE device_id = $1 AND user_id = $2', [
        input.deviceId,
        input.userId,
      ])
      if (!link) return { refused: 'taken' }
    }
    if (row.revoked_at) return { refused: 'revoked' }
    const linked = await tx.query(
      `INSERT INTO device_users (device_id, user_id, created_at) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING device_id`,
      [input.deviceId, input.userId, now.toISOString()],
    )
    if (linked.length > 0 && !created) {
      await appendAudit(
        tx,
        { actorId: input.userId, action: 'device.link', entity: 'device', entityId: input.deviceId },
        now,
      )
    }
    return { deviceId: input.deviceId, receiptPrefix: row.receipt_prefix, label: row.label, created }
  })
}

/** The live devices the user may push from. */
export async function devicesOfUser(db: Db, userId: string): Promise<Set<string>> {
  const rows = await db.query<{ device_id: string }>(
    `SELECT d.device_id FROM device_users du JOIN devices d ON d.device_id = du.device_id
      WHERE du.user_id = $1 AND d.revoked_at IS NULL`,
    [userId],
  )
  return new Set(rows.map((r) => r.device_id.toLowerCase()))
}
