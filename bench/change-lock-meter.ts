import type { Db } from '../src/server/store/db.ts'

export interface ChangeLockFigures {
  /** Transactions that took the change lock. */
  transactions: number
  /** Their time from BEGIN answered to COMMIT answered, summed. */
  totalMs: number
  /** Of that, waiting for the lock. */
  waitMs: number
  /** Of that, holding it (from the lock granted to COMMIT answered). */
  heldMs: number
  /** Of that, from the last statement answered to COMMIT answered. */
  commitMs: number
}

/**
 * Watches every transaction of a server's database (StartServerOptions.wrapDb) and adds up, for those that
 * take the change lock (take-change-seq.ts), how long they waited for it and how long they held it.
 */
export function changeLockMeter(): { wrap: (db: Db) => Db; take: () => ChangeLockFigures } {
  let figures: ChangeLockFigures = { transactions: 0, totalMs: 0, waitMs: 0, heldMs: 0, commitMs: 0 }
  const wrap = (db: Db): Db => ({
    query: (sql, params) => db.query(sql, params),
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
    ...(db.answeredRecently ? { answeredRecently: () => db.answeredRecently?.() ?? false } : {}),
    ...(db.manyConnections ? { manyConnections: true } : {}),
    async transaction(fn) {
      // From the connection given and BEGIN answered: waiting for a pooled connection (PostgreSQL) or for
      // the one connection (PGlite) is not the transaction's time.
      let began = 0
      let asked: number | undefined
      let granted: number | undefined
      let answered = 0
      const watched = (tx: Db): Db => ({
        async query<T>(sql: string, params?: readonly unknown[]) {
          const lock = granted === undefined && sql.includes('pg_advisory_xact_lock')
          if (lock) asked = performance.now()
          const rows = await tx.query<T>(sql, params)
          answered = performance.now()
          if (lock) granted = answered
          return rows
        },
        exec: (sql) => tx.exec(sql),
        close: () => tx.close(),
        transaction: (inner) => tx.transaction((t) => inner(watched(t))),
      })
      try {
        return await db.transaction((tx) => {
          // A retried attempt starts over.
          began = performance.now()
          asked = undefined
          granted = undefined
          return fn(watched(tx))
        })
      } finally {
        if (asked !== undefined && granted !== undefined) {
          const ended = performance.now()
          figures.transactions += 1
          figures.totalMs += ended - began
          figures.waitMs += granted - asked
          figures.heldMs += ended - granted
          figures.commitMs += ended - answered
        }
      }
    },
  })
  return {
    wrap,
    take() {
      const taken = figures
      figures = { transactions: 0, totalMs: 0, waitMs: 0, heldMs: 0, commitMs: 0 }
      return taken
    },
  }
}
