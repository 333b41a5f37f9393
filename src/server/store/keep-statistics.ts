// PGlite has no autovacuum, so it never ANALYZEs: without statistics its planner scans all of
// `registration_people` for the duplicate-flag lookup (measured 99 ms cold on 31,735 rows, 0.16 ms after
// ANALYZE), and every push slows as the table grows. So the store analyzes the tables a push writes once
// opened, and again once the registrations stored since reach a tenth of the table (autovacuum's own default
// share), and never sooner than ANALYZE_EVERY. On PostgreSQL autovacuum does this already; running it there
// too keeps a young, fast-growing database's plans right. Not every ANALYZE_EVERY at any size: the four
// tables take 1.3 s to sample at a million registrations, and the push that crossed the line waited for it.
import type { Db } from './db.ts'

export const ANALYZE_EVERY = 1000

/** The share of the table stored since the last ANALYZE that calls for the next one. */
export const ANALYZE_SHARE = 0.1

const TABLES = ['registration_people', 'registrations', 'registration_flags', 'registration_revisions']

/** Per database: registrations stored since the last ANALYZE began, how many call for the next, and whether one runs. */
interface Watch {
  stored: number
  next: number
  running: boolean
}

const watches = new WeakMap<Db, Watch>()

function watchOf(db: Db): Watch {
  let watch = watches.get(db)
  if (!watch) {
    watch = { stored: 0, next: ANALYZE_EVERY, running: false }
    watches.set(db, watch)
  }
  return watch
}

export async function analyzePushTables(db: Db): Promise<void> {
  for (const table of TABLES) await db.exec(`ANALYZE ${table}`)
  const [row] = await db.query<{ n: number }>(
    `SELECT greatest(reltuples, 0)::float8 AS n FROM pg_class
      WHERE relname = 'registrations' AND relkind = 'r' AND pg_table_is_visible(oid)`,
  )
  watchOf(db).next = Math.max(ANALYZE_EVERY, Math.round((row?.n ?? 0) * ANALYZE_SHARE))
}

/**
 * Counts registrations stored through `db`; past the threshold, brings the statistics up to date. One ANALYZE
 * at a time: the pushes that finish while it runs are counted towards the next, not sent to wait for another.
 */
export async function noteRegistrationsStored(db: Db, count: number): Promise<void> {
  const watch = watchOf(db)
  watch.stored += count
  if (watch.running || watch.stored < watch.next) return
  watch.running = true
  watch.stored = 0
  try {
    await analyzePushTables(db)
  } finally {
    watch.running = false
  }
}
