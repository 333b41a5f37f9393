// The embedded database's own thread. PGlite runs PostgreSQL compiled to WebAssembly, and each statement
// runs synchronously on the thread that owns it: on the server's main thread, a 500-record push would hold
// every other request (health, static files, other users) for its whole duration. Here it holds only this
// thread. pglite-db.ts is the other end: it sends one statement at a time and keeps transactions whole.
import { PGlite } from '@electric-sql/pglite'
import { parentPort, workerData } from 'node:worker_threads'
import type { PlainError, WorkerAnswer, WorkerRequest } from './pglite-messages.ts'

const port = parentPort
if (!port) throw new Error('pglite-worker.ts runs only as a worker thread')

const dataDir = (workerData as { dataDir: string | null }).dataDir
const opening = (dataDir === null ? PGlite.create() : PGlite.create(dataDir)).then(
  (pg) => ({ pg }),
  (error: unknown) => ({ error }),
)

port.on('message', (request: WorkerRequest) => {
  void answer(request).then((reply) => port.postMessage(reply))
})

async function answer(request: WorkerRequest): Promise<WorkerAnswer> {
  const opened = await opening
  if ('error' in opened) return { id: request.id, error: plainError(opened.error) }
  const { pg } = opened
  try {
    switch (request.kind) {
      case 'open':
        return { id: request.id, rows: [] }
      case 'query':
        return { id: request.id, rows: (await pg.query(request.sql, request.params)).rows }
      case 'exec':
        await pg.exec(request.sql)
        return { id: request.id, rows: [] }
      case 'close':
        await pg.close()
        return { id: request.id, rows: [] }
    }
  } catch (error) {
    return { id: request.id, error: plainError(error) }
  }
}

/** What crosses the thread boundary of an error: its message and the fields callers read (SQLSTATE `code`). */
function plainError(error: unknown): PlainError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) }
  const fields: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(error)) {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) fields[key] = value
  }
  return { ...fields, name: error.name, message: error.message }
}
