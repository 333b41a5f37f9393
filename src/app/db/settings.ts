// Typed access to the settings table. Keys are a closed set so nobody invents a second name for one thing.
import { db } from './db.ts'

export interface SessionUser {
  id: string
  username: string
  role: 'staff' | 'supervisor' | 'admin'
  displayName: string
}
export interface Session {
  token: string
  user: SessionUser
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
}
export type SettingKey = keyof SettingValues

export async function getSetting<K extends SettingKey>(key: K): Promise<SettingValues[K] | undefined> {
  const row = await db.settings.get(key)
  return row?.value as SettingValues[K] | undefined
}

export async function setSetting<K extends SettingKey>(key: K, value: SettingValues[K]): Promise<void> {
  await db.settings.put({ key, value })
}

export async function deleteSetting(key: SettingKey): Promise<void> {
  await db.settings.delete(key)
}

export const getSession = () => getSetting('session')
