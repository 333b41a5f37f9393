import { expect, it } from 'vitest'
import { PBKDF2_ITERATIONS } from '../../../src/app/db/derive-aes-key.ts'
import { createKeyring, openKeyring } from '../../../src/app/db/keyring.ts'
import { seal, unseal } from '../../../src/app/db/sealed-box.ts'

it('wraps a random AES-256 data key under a PBKDF2-SHA256 key from the PIN (real iteration count)', async () => {
  expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(310_000)
  const { keyring, dataKey } = await createKeyring('482916')
  expect(keyring.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS })
  expect(keyring.kdf.salt.byteLength).toBe(16)
  expect(keyring.iv.byteLength).toBe(12)
  // 32 key bytes + 16 tag bytes: the raw key is in there only wrapped.
  expect(keyring.wrappedKey.byteLength).toBe(48)
  expect(dataKey.extractable).toBe(false)
  expect(dataKey.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 })

  const reopened = await openKeyring(keyring, '482916')
  expect(reopened).not.toBeNull()
  const box = await seal(dataKey, { fullName: 'Lò Thị Mai' }, 'registration:x')
  expect(await unseal(reopened!, box, 'registration:x')).toEqual({ fullName: 'Lò Thị Mai' })
  expect(await openKeyring(keyring, '482917')).toBeNull()
})

it('two keyrings for the same PIN share neither salt nor data key', async () => {
  const a = await createKeyring('111111', 1_000)
  const b = await createKeyring('111111', 1_000)
  expect(Buffer.from(a.keyring.kdf.salt).equals(Buffer.from(b.keyring.kdf.salt))).toBe(false)
  const box = await seal(a.dataKey, 'x', 'c')
  await expect(unseal(b.dataKey, box, 'c')).rejects.toThrow()
})

it('a sealed box opens only with its key, its context and every byte intact', async () => {
  const { dataKey } = await createKeyring('123456', 1_000)
  const box = await seal(dataKey, { idNumber: '001085012345' }, 'registration:a')
  expect(Buffer.from(box.data).toString('utf8')).not.toContain('001085012345')
  await expect(unseal(dataKey, box, 'registration:b')).rejects.toThrow()
  const flipped = new Uint8Array(box.data.slice(0))
  flipped[3] = (flipped[3] ?? 0) ^ 1
  await expect(unseal(dataKey, { iv: box.iv, data: flipped.buffer }, 'registration:a')).rejects.toThrow()
  const again = await seal(dataKey, { idNumber: '001085012345' }, 'registration:a')
  expect(Buffer.from(again.iv).equals(Buffer.from(box.iv))).toBe(false)
})
