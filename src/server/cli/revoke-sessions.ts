// Signs everyone out at once (or one account): after a leaked token, a lost phone or a secret rotation.
// Usage: node --import tsx src/server/cli/revoke-sessions.ts --all | --user USERNAME
// Reads DATABASE_URL / DATA_DIR like the server. With PGlite, stop the server first (one process per directory).
import { parseDatabaseConfig } from '../store/database-config.ts'
import { openStore } from '../store/open-store.ts'
import { findUserByUsername, revokeLiveSessions } from '../store/session-store.ts'

const [flag, value] = process.argv.slice(2)
if (flag !== '--all' && !(flag === '--user' && value)) {
  process.stderr.write('usage: revoke-sessions.ts --all | --user USERNAME\n')
  process.exit(2)
}
const db = await openStore(parseDatabaseConfig(process.env))
try {
  let userId: string | undefined
  if (flag === '--user') {
    const user = await findUserByUsername(db, (value as string).toLowerCase())
    if (!user) throw new Error(`no account named ${value}`)
    userId = user.id
  }
  const revoked = await revokeLiveSessions(db, userId ? { userId } : {}, new Date())
  process.stdout.write(`${revoked} session(s) revoked${userId ? ` for ${value}` : ''}\n`)
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`)
  process.exitCode = 1
} finally {
  await db.close()
}
