import { describe, expect, it } from 'vitest'
import { hashPassword, verifyPassword } from '../../../src/server/auth/password-hash.ts'
import { hashSessionToken, newSessionToken } from '../../../src/server/auth/session-token.ts'

describe('password hashing', () => {
  it('stores scrypt parameters and a random salt with the hash', async () => {
    const a = await hashPassword('ghidanh-demo')
    const b = await hashPassword('ghidanh-demo')
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[\w-]+\$[\w-]+$/)
    expect(a).not.toBe(b)
    expect(a).not.toContain('ghidanh-demo')
  })

  it('verifies the right password only', async () => {
    const h = await hashPassword('mật khẩu')
    expect(await verifyPassword('mật khẩu', h)).toBe(true)
    // NFC and NFD spellings of the same word are the same password.
    expect(await verifyPassword('mật khẩu'.normalize('NFD'), h)).toBe(true)
    expect(await verifyPassword('mat khau', h)).toBe(false)
    expect(await verifyPassword('x', 'plain-text')).toBe(false)
  })
})

describe('session tokens', () => {
  it('are long, random and stored as a SHA-256', () => {
    const a = newSessionToken()
    expect(a).toMatch(/^[\w-]{43}$/)
    expect(newSessionToken()).not.toBe(a)
    expect(hashSessionToken(a)).toMatch(/^[0-9a-f]{64}$/)
  })
})
