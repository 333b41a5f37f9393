// Typed access to the settings table. Keys are a closed set so nobody invents a second name for one thing.
import type { HealthFacility } from '../../domain/api/health-facilities.ts'
import type { ReceiptIssuer } from '../../domain/receipt/receipt-issuer.ts'
import { db } from './db.ts'
import type { Keyring } from './keyring.ts'
import type { SealedBox } from './sealed-box.ts'
import type { PinAttempts } from './pin-backoff.ts'

export interface SessionUser {
  id: string
  username: string
  role: 'staff' | 'supervisor' | 'admin'
  displayName: string
}
/** The signed-in account. The token is sealed (session-token.ts); only phones from before that kept `token`. */
export interface Session {
  user: SessionUser
  /** The bearer token, sealed under the data key. */
  sealedToken?: SealedBox
  /** Older versions kept the token here in clear: sealed and deleted at the next unlock. */
  token?: string
}
export interface DeviceInfo {
  deviceId: string
  receiptPrefix: string
}

interface SettingValues {
  session: Session
  device: DeviceInfo
  /** Last receipt sequence issued on this device; bumped in the same transaction as the save. */
  receiptSeq: number
  /** The event the staff member is working at. */
  eventId: string
  /** Pull cursor from the server. */
  pullCursor: string
  language: 'vi' | 'en'
  /** The data key wrapped under the PIN (keyring.ts). Absent: no PIN set yet. */
  keyring: Keyring
  /** Wrong PINs in a row and the wait they impose: stored so a reload does not reset it. */
  pinAttempts: PinAttempts
  /** Minutes without a touch before the app locks itself. */
  idleLockMinutes: number
  /** The last backup file written: which (id, revision) pairs it holds. Sign-out checks the outbox against it. */
  lastBackup: LastBackup
  /** Codes of the communes last chosen in the enrol form's picker, newest first: not personal. */
  recentCommunes: string[]
  /** The offices' initial health facilities, for the household-HI picker (public data). */
  healthFacilities: HealthFacility[]
  /** Who issues this collector's receipts, from the office; absent until the office sets it. */
  receiptIssuer: ReceiptIssuer
  /** Days after its events end that a commune's participant list stays on the phone (default 7). */
  insuredKeepDays: number
  /**
   * Days an approved, acknowledged registration stays on the phone after it was saved (retire-approved.ts);
   * 0 keeps them for ever. Absent: DEFAULT_KEEP_APPROVED_DAYS.
   */
  keepApprovedDays: number
  /** The first unlock after the v2 upgrade sealed every held v1 row (seal-held-rows.ts): no sweep again. */
  heldRowsSealed: boolean
  /** The HMAC key of the ID tags (id-tags.ts), sealed with the data key. Deleted at sign-out with the keyring. */
  idTagKey: SealedBox
  /** Every registration on the phone carries its ID tags: lookups need not open untagged rows. */
  idTagsComplete: boolean
  /** Every registration has its cash line (fill-cash-lines.ts): the cash screen may read the lines alone. */
  cashLinesComplete: boolean
}

export interface LastBackup {
  at: number
  /** `<id>@<revision>` of every registration in the file. */
  pairs: string[]
}

export const DEFAULT_IDLE_LOCK_MINUTES = 5
export type SettingKey = keyof SettingValues

export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValues[K] | undefined> {
  const row = await db.settings.get(key)
  return row?.value as SettingValues[K] | undefined
}

/** Several settings in one IndexedDB read (one transaction, not one per key). */
export async function getSettings<K extends SettingKey>(
  keys: readonly K[],
): Promise<{ [P in K]?: SettingValues[P] }> {
  const rows = await db.settings.bulkGet([...keys])
  const values: { [P in K]?: SettingValues[P] } = {}
  keys.forEach((key, i) => {
    const row = rows[i]
    if (row !== undefined) values[key] = row.value as SettingValues[K]
  })
  return values
}

export async function setSetting<K extends SettingKey>(key: K, value: SettingValues[K]): Promise<void> {
  await db.settings.put({ key, value })
}

export async function deleteSetting(key: SettingKey): Promise<void> {
  await db.settings.delete(key)
}

export const getSession = () => getSetting('session')
