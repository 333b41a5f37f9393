// Sets an account's password from the command line and revokes its sessions: the way to rotate the demo
// password of a fresh install, or to recover the last admin. The password comes from NEW_PASSWORD or the first
// line of stdin — never from the command line, where `ps` and shell history would keep it.
// Usage: NEW_PASSWORD=… node --import tsx src/server/cli/set-password.ts USERNAME
//        node --import tsx src/server/cli/set-password.ts USERNAME < file-with-password
import { createInterface } from 'node:readline'
import { hashPassword } from '../auth/password-hash.ts'
import { parseDatabaseConfig } from '../store/database-config.ts'
import { openStore } from '../store/open-store.ts'
import { findUserByUsername } from '../store/session-store.ts'
import { resetPassword } from '../store/user-store.ts'

const username = process.argv[2]?.toLowerCase()
if (!username) {
  process.stderr.write('usage: NEW_PASSWORD=… set-password.ts USERNAME  (or the password on stdin)\n')
  process.exit(2)
}
const password = process.env['NEW_PASSWORD'] ?? (await firstLine())
if (password.length < 8 || password.length > 256) {
  process.stderr.write('the password must have 8 to 256 characters\n')
  process.exit(2)
}
const db = await openStore(parseDatabaseConfig(process.env))
try {
  const user = await findUserByUsername(db, username)
  if (!user) throw new Error(`no account named ${username}`)
  await resetPassword(db, user.id, await hashPassword(password), null, new Date())
  process.stdout.write(`password of ${username} changed; its sessions are revoked\n`)
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`)
  process.exitCode = 1
} finally {
  await db.close()
}

async function firstLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin })
  for await (const line of lines) {
    lines.close()
    return line
  }
  return ''
}
