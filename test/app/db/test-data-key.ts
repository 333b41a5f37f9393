// Tests run unlocked: a fresh AES-GCM data key in memory, as after typing the PIN (Node's WebCrypto).
import { setDataKey } from '../../../src/app/db/data-key.ts'

export async function unlockForTest(): Promise<CryptoKey> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
  setDataKey(key)
  return key
}
