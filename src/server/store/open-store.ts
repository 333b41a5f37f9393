import type { DatabaseConfig } from './database-config.ts'
import type { Db } from './db.ts'
import { openPgDb } from './pg-db.ts'
import { openPgliteDb } from './pglite-db.ts'
import { backfillPeople } from './backfill-people.ts'
import { runMigrations } from './run-migrations.ts'
import { analyzePushTables } from './keep-statistics.ts'
import { watchStorage } from './storage-state.ts'

/** Opens the configured database and brings its schema (and data derived in TypeScript) up to date. */
export async function openStore(config: DatabaseConfig): Promise<Db> {
  const db = watchStorage(
    config.kind === 'pg' ? await openPgDb(config.url, config.schema) : await openPgliteDb(config.dataDir),
  )
  try {
    await runMigrations(db)
    await backfillPeople(db, new Date())
    // Statistics for the planner from the start (PGlite never gathers them by itself): keep-statistics.ts.
    await analyzePushTables(db)
  } catch (e) {
    await db.close()
    throw e
  }
  return db
}
