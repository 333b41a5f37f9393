// A key from something a person types (the 6-digit PIN, a backup passphrase): PBKDF2-SHA256 with a random
// salt. 310,000 iterations is OWASP's figure for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet, 2023);
// WebCrypto has no argon2. The count is stored beside the salt, so it can be raised later without
// locking anyone out.
export const PBKDF2_ITERATIONS = 310_000
export const SALT_BYTES = 16

const encoder = new TextEncoder()

export async function deriveAesKey(
  secret: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  usages: KeyUsage[],
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(secret), 'PBKDF2', false, [
    'deriveKey',
  ])
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    usages,
  )
}

export const randomSalt = () => crypto.getRandomValues(new Uint8Array(SALT_BYTES))
