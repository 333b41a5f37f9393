// The backup file's envelope around a payload: a key from the passphrase (PBKDF2-SHA256, its salt and
// iteration count written beside it), the payload sealed with AES-GCM, and a known text sealed under the
// same key so a wrong passphrase can be told from a damaged file (backup-file.ts). WebCrypto only.
import { deriveAesKey, randomSalt } from '../../db/derive-aes-key.ts'
import { toBase64 } from './base64.ts'
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  CHECK_CONTEXT,
  CHECK_TEXT,
  PAYLOAD_CONTEXT,
  type BackupEnvelope,
  type BackupPayload,
} from './backup-file.ts'

const encoder = new TextEncoder()

export async function sealBackup(
  payload: BackupPayload,
  passphrase: string,
  iterations: number,
  now: Date,
): Promise<BackupEnvelope> {
  const salt = randomSalt()
  const key = await deriveAesKey(passphrase, salt, iterations, ['encrypt'])
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const checkIv = crypto.getRandomValues(new Uint8Array(12))
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(PAYLOAD_CONTEXT) },
    key,
    encoder.encode(JSON.stringify(payload)),
  )
  const check = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: checkIv, additionalData: encoder.encode(CHECK_CONTEXT) },
    key,
    encoder.encode(CHECK_TEXT),
  )
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv), checkIv: toBase64(checkIv), check: toBase64(check) },
    bytes: ciphertext.byteLength,
    ciphertext: toBase64(ciphertext),
  }
}
