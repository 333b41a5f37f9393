// Rotating secrets from the command line: revoke every session (or one account's), set a password.
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { defaultRules } from '../../../src/domain/index.ts'
import { verifyPassword } from '../../../src/server/auth/password-hash.ts'
import { DEMO_PASSWORD } from '../../../src/server/demo/demo-accounts.ts'
import { seedDemo } from '../../../src/server/demo/seed-demo.ts'
import { openStore } from '../../../src/server/store/open-store.ts'
import { findUserByUsername, revokeLiveSessions } from '../../../src/server/store/session-store.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'

const run = promisify(execFile)
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const me = (token: string) => t.call('GET', '/api/session', { token }).then((r) => r.status)

describe('revoking sessions in bulk', () => {
  it('one account, then everyone, at once and audited', async () => {
    const a = await t.signIn('staff1')
    const b = await t.signIn('staff1')
    const other = await t.signIn('super1')
    const userId = t.seed.users['staff1']?.id as string
    expect(await revokeLiveSessions(t.db, { userId }, t.clock.now)).toBe(2)
    expect([await me(a), await me(b), await me(other)]).toEqual([401, 401, 200])
    expect(await revokeLiveSessions(t.db, {}, t.clock.now)).toBeGreaterThanOrEqual(1)
    expect(await me(other)).toBe(401)
    const audit = await t.db.query<{ detail: { scope: string; revoked: number } }>(
      "SELECT detail FROM audit_log WHERE action = 'session.revoke' AND actor_id IS NULL ORDER BY id",
    )
    expect(audit.map((r) => r.detail.scope)).toEqual(['user', 'all'])
  })
})

describe('the command-line scripts', () => {
  it('set-password.ts and revoke-sessions.ts work on a PGlite directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ghidanh-cli-'))
    try {
      const db = await openStore({ kind: 'pglite', dataDir: dir })
      await seedDemo(db, {
        password: DEMO_PASSWORD,
        now: new Date('2026-11-25T03:00:00Z'),
        rules: defaultRules,
      })
      await db.close()
      const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: '', NEW_PASSWORD: 'mot-mat-khau-moi-2026' }
      const cli = (script: string, ...args: string[]) =>
        run(process.execPath, ['--import', 'tsx', `src/server/cli/${script}`, ...args], { env })
      expect((await cli('set-password.ts', 'admin')).stdout).toContain('password of admin changed')
      expect((await cli('revoke-sessions.ts', '--all')).stdout).toMatch(/^\d+ session\(s\) revoked/)
      await expect(cli('revoke-sessions.ts')).rejects.toThrow(/usage/)
      const again = await openStore({ kind: 'pglite', dataDir: dir })
      const admin = await findUserByUsername(again, 'admin')
      expect(await verifyPassword('mot-mat-khau-moi-2026', admin?.password_hash ?? '')).toBe(true)
      await again.close()
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
