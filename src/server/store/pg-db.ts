import pg from 'pg'
import type { Db } from './db.ts'
import { retryTransaction } from './retry-transaction.ts'

// Keep bigint (int8) columns as strings: cursors and sums stay exact; callers convert when they need numbers.
export async function openPgDb(url: string, schema?: string): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(schema ? { options: `-c search_path=${quoteIdent(schema)}` } : {}),
  })
  // An idle connection dropped by the server must not crash the process: the pool discards it and the next
  // query opens a new one (a failing query still throws to its caller).
  pool.on('error', () => undefined)
  if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`)
  const runOnce = async <T>(fn: (tx: Db) => Promise<T>): Promise<T> => {
    const client = await pool.connect()
    const tx = clientDb(client)
    try {
      await client.query('BEGIN')
      const result = await fn(tx)
      await client.query('COMMIT')
      return result
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw e
    } finally {
      client.release()
    }
  }
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await pool.query(sql, [...params])).rows as T[]
    },
    async exec(sql: string) {
      await pool.query(sql)
    },
    transaction: (fn) => retryTransaction(() => runOnce(fn)),
    close: () => pool.end(),
    manyConnections: true,
  }
}

function clientDb(client: pg.PoolClient): Db {
  const db: Db = {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await client.query(sql, [...params])).rows as T[]
    },
    async exec(sql: string) {
      await client.query(sql)
    },
    transaction: (fn) => fn(db),
    close: () => Promise.reject(new Error('close() inside a transaction')),
  }
  return db
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}
