// PGlite has no autovacuum, so it never ANALYZEs: without statistics its planner scans all of
// `registration_people` for the duplicate-flag lookup (measured 99 ms cold on 31,735 rows, 0.16 ms after
// ANALYZE), and every push slows as the table grows. So the store analyzes the tables a push writes once
// opened, and again after every ANALYZE_EVERY registrations stored. On PostgreSQL autovacuum does this
// already; running it there too is cheap (ANALYZE samples) and harmless.
import type { Db } from './db.ts'

export const ANALYZE_EVERY = 1000

const TABLES = ['registration_people', 'registrations', 'registration_flags', 'registration_revisions']

const written = new WeakMap<Db, number>()

export async function analyzePushTables(db: Db): Promise<void> {
  for (const table of TABLES) await db.exec(`ANALYZE ${table}`)
}

/** Counts registrations stored through `db`; past ANALYZE_EVERY, brings the statistics up to date. */
export async function noteRegistrationsStored(db: Db, count: number): Promise<void> {
  const total = (written.get(db) ?? 0) + count
  if (total < ANALYZE_EVERY) {
    written.set(db, total)
    return
  }
  written.set(db, 0)
  await analyzePushTables(db)
}
