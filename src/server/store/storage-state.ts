import type { Db } from './db.ts'

// PostgreSQL's disk_full (SQLSTATE 53100): PGlite and PostgreSQL both raise it when a write cannot extend a file.
const DISK_FULL = '53100'

/** A database write refused for lack of disk space (SQLSTATE 53100, or the OS's ENOSPC). */
export function isStorageFull(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false
  const code = (e as { code?: unknown }).code
  return code === DISK_FULL || code === 'ENOSPC'
}

const states = new WeakMap<Db, { full: boolean }>()

/** Whether the last write through `db` failed for lack of space and no write has succeeded since. */
export function storageFull(db: Db): boolean {
  return states.get(db)?.full ?? false
}

/**
 * Wraps a store so that it remembers a disk-full failure: reads still work then, so `/api/health`
 * answered ok while every push failed. The mark clears when a transaction that wrote something commits — a
 * read-only one proves nothing — so health turns ok again once space is back and the next write gets through.
 */
export function watchStorage(db: Db): Db {
  const state = { full: false }
  const noteFailure = (e: unknown) => {
    if (isStorageFull(e)) state.full = true
    return Promise.reject(e)
  }
  const watched: Db = {
    query: <T>(sql: string, params?: readonly unknown[]) => db.query<T>(sql, params).catch(noteFailure),
    exec: (sql) => db.exec(sql).catch(noteFailure),
    async transaction(fn) {
      let wrote = false
      const result = await db
        .transaction(async (tx) => {
          const value = await fn(tx)
          // Only while marked full: one extra statement per transaction until a write is seen to succeed.
          if (state.full) {
            const [row] = await tx.query<{ wrote: boolean }>(
              'SELECT txid_current_if_assigned() IS NOT NULL AS wrote',
            )
            wrote = row?.wrote ?? false
          }
          return value
        })
        .catch(noteFailure)
      if (wrote) state.full = false
      return result
    },
    close: () => db.close(),
  }
  if (db.answeredRecently) watched.answeredRecently = db.answeredRecently
  if (db.manyConnections) watched.manyConnections = true
  states.set(watched, state)
  return watched
}
