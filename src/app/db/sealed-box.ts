// AES-GCM sealing of one JSON value. A fresh random 12-byte IV per write (never reuse an IV under a key:
// GCM loses both secrecy and integrity if you do). `context` is bound as additional authenticated data, so
// a sealed value copied onto another row (another id, another field) fails to open instead of passing as
// that row's data.
export interface SealedBox {
  iv: Uint8Array<ArrayBuffer>
  data: ArrayBuffer
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

export async function seal(key: CryptoKey, value: unknown, context: string): Promise<SealedBox> {
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
    key,
    encoder.encode(JSON.stringify(value)),
  )
  return { iv, data }
}

/** Throws (OperationError) when the key, the context or a single byte of the box is wrong. */
export async function unseal<T>(key: CryptoKey, box: SealedBox, context: string): Promise<T> {
  const plain = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: box.iv, additionalData: encoder.encode(context) },
    key,
    box.data,
  )
  return JSON.parse(decoder.decode(plain)) as T
}
