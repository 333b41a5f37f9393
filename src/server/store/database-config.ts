// Pure: which database to open, from the environment. The I/O is in open-store.ts.
export type DatabaseConfig =
  { kind: 'pglite'; dataDir: string | null } | { kind: 'pg'; url: string; schema?: string }

export interface DatabaseEnv {
  DATABASE_URL?: string | undefined
  DATA_DIR?: string | undefined
}

/** `DATABASE_URL` → PostgreSQL; otherwise PGlite in `DATA_DIR` (default `./data`; `memory://` keeps nothing). */
export function parseDatabaseConfig(env: DatabaseEnv): DatabaseConfig {
  const url = env.DATABASE_URL?.trim()
  if (url) return { kind: 'pg', url }
  const dir = env.DATA_DIR?.trim() || './data'
  return { kind: 'pglite', dataDir: dir === 'memory://' ? null : dir }
}
