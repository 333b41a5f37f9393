import { PGlite, type Transaction } from '@electric-sql/pglite'
import type { Db } from './db.ts'
import { explainOpenFailure, freeBytesAt } from './explain-open-failure.ts'
import { retryTransaction } from './retry-transaction.ts'

/** PGlite is one embedded connection: it queues transactions itself, so no pool is needed. */
export async function openPgliteDb(dataDir: string | null): Promise<Db> {
  const pg =
    dataDir === null
      ? await PGlite.create()
      : await PGlite.create(dataDir).catch(async (e: unknown) => {
          throw explainOpenFailure(e, dataDir, await freeBytesAt(dataDir))
        })
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await pg.query<T>(sql, [...params])).rows
    },
    async exec(sql: string) {
      await pg.exec(sql)
    },
    transaction: (fn) => retryTransaction(() => pg.transaction((tx) => fn(wrapTransaction(tx)))),
    close: () => pg.close(),
  }
}

function wrapTransaction(tx: Transaction): Db {
  const db: Db = {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await tx.query<T>(sql, [...params])).rows
    },
    async exec(sql: string) {
      await tx.exec(sql)
    },
    transaction: (fn) => fn(db),
    close: () => Promise.reject(new Error('close() inside a transaction')),
  }
  return db
}
