import { readdir, readFile } from 'node:fs/promises'
import type { Db } from './db.ts'

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url)
// Any fixed number: two servers starting on one PostgreSQL must not run the same migration twice.
const MIGRATION_LOCK = 7_230_001

export interface Migration {
  version: number
  name: string
  sql: string
}

export async function loadMigrations(dir: URL = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort()
  return Promise.all(
    files.map(async (file) => ({
      version: Number(file.slice(0, 4)),
      name: file.replace(/\.sql$/, ''),
      sql: await readFile(new URL(file, dir), 'utf8'),
    })),
  )
}

/** Forward only: applies, in order, every migration not yet in `schema_migrations`. Returns the names applied. */
export async function runMigrations(db: Db, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await loadMigrations())
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`)
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => r.version),
    )
    const applied: string[] = []
    for (const m of all) {
      if (done.has(m.version)) continue
      await tx.exec(m.sql)
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name])
      applied.push(m.name)
    }
    return applied
  })
}
