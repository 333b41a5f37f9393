// The one database seam: PGlite and PostgreSQL behind the same four calls, so every query runs on both.
export interface Db {
  /** One statement with `$1…` parameters; rows as plain objects. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>
  /** Runs `fn` inside BEGIN/COMMIT on one connection; any throw rolls back. Nested calls reuse it. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>
  close(): Promise<void>
  /**
   * The database answered a statement within the last second, so it is alive without asking it again.
   * Only the embedded database has it: there a health probe would otherwise queue behind a whole push.
   */
  answeredRecently?: () => boolean
  /**
   * Statements run on a pool of connections (PostgreSQL): a long transaction holds only its own, so batches
   * may be larger. Absent (the embedded database's one connection, or a wrapper that does not say): small.
   */
  manyConnections?: boolean
}
