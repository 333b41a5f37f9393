// Tests run unlocked: a fresh AES-GCM data key in memory, as after typing the PIN (Node's WebCrypto).
import { setDataKey } from '../../../src/app/db/data-key.ts'

export async function unlockForTest(): Promise<CryptoKey> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
  setDataKey(key)
  return key
}

/** The device id the app tests' phone carries. */
export const TEST_DEVICE = '11111111-2222-4333-8444-555555555555'

/** An empty phone, unlocked, with a device id and receipt prefix, as after the first sign-in. */
export async function freshUnlockedPhone(): Promise<CryptoKey> {
  const { db } = await import('../../../src/app/db/db.ts')
  const { setSetting } = await import('../../../src/app/db/settings.ts')
  await Promise.all(db.tables.map((t) => t.clear()))
  const key = await unlockForTest()
  await setSetting('device', { deviceId: TEST_DEVICE, receiptPrefix: 'LC017' })
  return key
}
