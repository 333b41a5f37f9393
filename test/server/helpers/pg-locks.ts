// For tests that force an interleaving on PostgreSQL: hold a lock from a connection of the test's own, and
// wait until the writers under test queue behind it. PostgreSQL only (PGlite has one connection).
import type { Db } from '../../../src/server/store/db.ts'
import { CHANGE_LOCK } from '../../../src/server/store/take-change-seq.ts'

/** Runs `sql` (taking a lock) in a transaction of its own and keeps it open until `release()`. */
export async function holdLock(
  db: Db,
  sql: string,
  params: unknown[],
): Promise<{ release: () => void; done: Promise<void> }> {
  let release = () => {}
  let held = () => {}
  const holding = new Promise<void>((resolve) => (held = resolve))
  const done = db.transaction(async (tx) => {
    await tx.query(sql, params)
    held()
    await new Promise<void>((resolve) => (release = resolve))
  })
  await holding
  return { release: () => release(), done }
}

/**
 * Returns once `n` backends of this database wait for a lock of `kind`: the change lock (advisory), another
 * transaction's row or key (transactionid), or either. The test's own timeout ends a wait that never comes.
 */
export async function lockWaiters(
  db: Db,
  kind: 'advisory' | 'transactionid' | 'any',
  n: number,
): Promise<void> {
  for (;;) {
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database OR l.database IS NULL
        WHERE d.datname = current_database() AND NOT l.granted
          AND (($1 IN ('transactionid', 'any') AND l.locktype = 'transactionid')
            OR ($1 IN ('advisory', 'any') AND l.locktype = 'advisory' AND l.objid = $2))`,
      [kind, CHANGE_LOCK],
    )
    if ((row?.n ?? 0) >= n) return
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}
