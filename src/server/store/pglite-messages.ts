// What the server's main thread and the embedded database's thread (pglite-worker.ts) say to each other.

export type WorkerRequest =
  | { id: number; kind: 'open' }
  | { id: number; kind: 'query'; sql: string; params: unknown[] }
  | { id: number; kind: 'exec'; sql: string }
  | { id: number; kind: 'close' }

/** An error as plain fields: `message`, `name`, and whatever PGlite set (`code` is the SQLSTATE). */
export interface PlainError {
  name: string
  message: string
  [field: string]: unknown
}

export type WorkerAnswer = { id: number; rows: unknown[] } | { id: number; error: PlainError }
