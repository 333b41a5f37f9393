import { appendAudit } from './append-audit.ts'
import type { Db } from './db.ts'
import { toIso } from './to-iso.ts'
import type { Device, Person } from '../../domain/api/admin.ts'

/** A phone as the API answers it (src/domain/api/admin.ts). */
export type DeviceView = Device

interface DeviceRow {
  device_id: string
  label: string | null
  receipt_prefix: string
  created_at: Date
  revoked_at: Date | null
  registered_by: Person
  users: Person[] | null
  last_push_at: Date | null
}

// A supervisor's devices: those registered by a member of their team. Not "any member signed in on it":
// another team's account linked to a device must not let its supervisor see or revoke it.
const IN_TEAM = `rb.team_id = $1`

const SELECT = `SELECT d.device_id, d.label, d.receipt_prefix, d.created_at, d.revoked_at,
    json_build_object('id', rb.id, 'username', rb.username, 'displayName', rb.display_name) AS registered_by,
    (SELECT json_agg(json_build_object('id', u.id, 'username', u.username, 'displayName', u.display_name)
                     ORDER BY u.username)
       FROM device_users du JOIN users u ON u.id = du.user_id WHERE du.device_id = d.device_id) AS users,
    (SELECT max(r.updated_at) FROM registrations r WHERE r.device_id = d.device_id) AS last_push_at
  FROM devices d JOIN users rb ON rb.id = d.registered_by`

function toView(r: DeviceRow): DeviceView {
  return {
    deviceId: r.device_id,
    label: r.label,
    receiptPrefix: r.receipt_prefix,
    registeredBy: r.registered_by,
    users: r.users ?? [],
    createdAt: toIso(r.created_at),
    revokedAt: r.revoked_at === null ? null : toIso(r.revoked_at),
    lastPushAt: r.last_push_at === null ? null : toIso(r.last_push_at),
  }
}

/** Every device, or those used by one team; newest first. */
export async function listDevices(db: Db, teamId?: string): Promise<DeviceView[]> {
  const rows =
    teamId === undefined
      ? await db.query<DeviceRow>(`${SELECT} ORDER BY d.created_at DESC, d.device_id`)
      : await db.query<DeviceRow>(`${SELECT} WHERE ${IN_TEAM} ORDER BY d.created_at DESC, d.device_id`, [
          teamId,
        ])
  return rows.map(toView)
}

export async function findDevice(db: Db, deviceId: string, teamId?: string): Promise<DeviceView | undefined> {
  const rows =
    teamId === undefined
      ? await db.query<DeviceRow>(`${SELECT} WHERE d.device_id = $1`, [deviceId])
      : await db.query<DeviceRow>(`${SELECT} WHERE ${IN_TEAM} AND d.device_id = $2`, [teamId, deviceId])
  return rows[0] && toView(rows[0])
}

/** Revokes the device (idempotent): from the next request on, pushes from it answer 403 device_revoked. */
export async function revokeDevice(db: Db, deviceId: string, actorId: string, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const rows = await tx.query(
      'UPDATE devices SET revoked_at = $2 WHERE device_id = $1 AND revoked_at IS NULL RETURNING device_id',
      [deviceId, now.toISOString()],
    )
    if (rows.length > 0) {
      await appendAudit(tx, { actorId, action: 'device.revoke', entity: 'device', entityId: deviceId }, now)
    }
  })
}

export async function isDeviceRevoked(db: Db, deviceId: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM devices WHERE device_id = $1 AND revoked_at IS NOT NULL', [
    deviceId,
  ])
  return rows.length > 0
}
