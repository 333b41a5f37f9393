// The settings every screen needs, read reactively: a sign-in or sign-out anywhere re-renders the app.
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from './db.ts'
import type { Keyring } from './keyring.ts'
import type { PinAttempts } from './pin-backoff.ts'
import { DEFAULT_IDLE_LOCK_MINUTES, type DeviceInfo, type Session } from './settings.ts'

export interface AppSettings {
  session?: Session
  device?: DeviceInfo
  eventId?: string
  language: 'vi' | 'en'
  /**
   * The wrapped data key (useless without the PIN); present when a PIN is set on this phone. The unlock
   * starts its PBKDF2 from it at once.
   */
  keyring?: Keyring
  idleLockMinutes: number
  /** Wrong PINs in a row and the wait they impose: read here so the lock screen draws ready in one read. */
  pinAttempts?: PinAttempts
}

const keys = [
  'session',
  'device',
  'eventId',
  'language',
  'keyring',
  'idleLockMinutes',
  'pinAttempts',
] as const

/**
 * undefined until IndexedDB has answered, unless `initial` (read before the first render, main.tsx) is given:
 * then the first render has them, and the lock screen replaces the early PIN pad at once (early-lock.ts).
 */
export function useAppSettings(initial?: AppSettings): AppSettings | undefined {
  return useLiveQuery(readAppSettings, [], initial)
}

/** The settings every screen needs, in one IndexedDB read. */
export async function readAppSettings(): Promise<AppSettings> {
  const rows = await db.settings.bulkGet([...keys])
  const value = (i: number) => rows[i]?.value
  const settings: AppSettings = {
    language: (value(3) as 'vi' | 'en' | undefined) ?? 'vi',
    idleLockMinutes: (value(5) as number | undefined) ?? DEFAULT_IDLE_LOCK_MINUTES,
  }
  if (value(0)) settings.session = value(0) as Session
  if (value(1)) settings.device = value(1) as DeviceInfo
  if (value(2)) settings.eventId = value(2) as string
  if (value(6)) settings.pinAttempts = value(6) as PinAttempts
  if (value(4)) settings.keyring = value(4) as Keyring
  return settings
}
