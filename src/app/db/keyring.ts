// The data key that seals citizens' data on this phone, wrapped by a key derived from the user's PIN.
// Only the wrapped form is stored (settings 'keyring'); the PIN and the plain data key never are.
// A wrong PIN makes the unwrap fail its GCM tag check: that is how a wrong PIN is recognised, with no
// PIN hash stored that could be tested faster than the unwrap itself.
import { deriveAesKey, PBKDF2_ITERATIONS, randomSalt } from './derive-aes-key.ts'

export interface Keyring {
  version: 1
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: Uint8Array<ArrayBuffer> }
  /** IV of the AES-GCM wrap. */
  iv: Uint8Array<ArrayBuffer>
  wrappedKey: ArrayBuffer
}

const DATA_KEY = { name: 'AES-GCM', length: 256 } as const

export async function createKeyring(
  pin: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ keyring: Keyring; dataKey: CryptoKey }> {
  const salt = randomSalt()
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const kek = await deriveAesKey(pin, salt, iterations, ['wrapKey', 'unwrapKey'])
  // Extractable only long enough to be wrapped; the key kept in memory is the non-extractable unwrap.
  const fresh = await crypto.subtle.generateKey(DATA_KEY, true, ['encrypt', 'decrypt'])
  const wrappedKey = await crypto.subtle.wrapKey('raw', fresh, kek, { name: 'AES-GCM', iv })
  const keyring: Keyring = {
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt },
    iv,
    wrappedKey,
  }
  const dataKey = await unwrap(keyring, kek)
  if (!dataKey) throw new Error('keyring: the fresh data key did not unwrap')
  return { keyring, dataKey }
}

/** The key that unwraps `keyring`'s data key if `pin` is right: the PBKDF2 work of an unlock. */
export const pinKey = (keyring: Keyring, pin: string): Promise<CryptoKey> =>
  deriveAesKey(pin, keyring.kdf.salt, keyring.kdf.iterations, ['unwrapKey'])

/** `a` and `b` derive the same key from one PIN: same salt, iterations and hash. */
export function sameKdf(a: Keyring, b: Keyring): boolean {
  return (
    a.kdf.name === b.kdf.name &&
    a.kdf.hash === b.kdf.hash &&
    a.kdf.iterations === b.kdf.iterations &&
    a.kdf.salt.length === b.kdf.salt.length &&
    a.kdf.salt.every((byte, i) => byte === b.kdf.salt[i])
  )
}

/**
 * The data key, or null when the PIN is wrong. `derived`: `pinKey(keyring, pin)` already under way, started
 * before the keyring was read again (unlock.ts); it must have been derived with this keyring's KDF.
 */
export async function openKeyring(
  keyring: Keyring,
  pin: string,
  derived?: Promise<CryptoKey>,
): Promise<CryptoKey | null> {
  return unwrap(keyring, await (derived ?? pinKey(keyring, pin)))
}

async function unwrap(keyring: Keyring, kek: CryptoKey): Promise<CryptoKey | null> {
  try {
    return await crypto.subtle.unwrapKey(
      'raw',
      keyring.wrappedKey,
      kek,
      { name: 'AES-GCM', iv: keyring.iv },
      DATA_KEY,
      false,
      ['encrypt', 'decrypt'],
    )
  } catch {
    return null
  }
}
