import { Worker } from 'node:worker_threads'
import type { Db } from './db.ts'
import { explainOpenFailure, freeBytesAt } from './explain-open-failure.ts'
import type { PlainError, WorkerAnswer, WorkerRequest } from './pglite-messages.ts'
import { retryTransaction } from './retry-transaction.ts'

type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never

/**
 * PGlite in a thread of its own (pglite-worker.ts), so a long push never stops the server answering
 * anything else. PGlite is one connection: a transaction holds it from BEGIN to COMMIT, and every other
 * statement waits its turn at the gate, as PGlite's own queue made them wait before.
 */
export async function openPgliteDb(dataDir: string | null): Promise<Db> {
  const worker = new Worker(new URL('./pglite-worker-entry.mjs', import.meta.url), {
    workerData: { dataDir },
  })
  const pending = new Map<number, { resolve: (rows: unknown[]) => void; reject: (e: Error) => void }>()
  let nextId = 1
  let crashed: Error | undefined
  let lastAnswerAt = -Infinity
  worker.on('message', (answer: WorkerAnswer) => {
    lastAnswerAt = performance.now()
    const waiting = pending.get(answer.id)
    pending.delete(answer.id)
    if (!waiting) return
    if ('error' in answer) waiting.reject(toError(answer.error))
    else waiting.resolve(answer.rows)
  })
  const fail = (e: Error) => {
    crashed = e
    for (const waiting of pending.values()) waiting.reject(e)
    pending.clear()
  }
  worker.on('error', fail)
  worker.on('exit', (code) => fail(new Error(`The embedded database thread stopped (exit code ${code})`)))

  const send = (request: Request): Promise<unknown[]> => {
    if (crashed) return Promise.reject(crashed)
    const id = nextId++
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject })
      worker.postMessage({ ...request, id })
    })
  }

  try {
    await send({ kind: 'open' })
  } catch (e) {
    await worker.terminate()
    if (dataDir === null) throw e
    throw explainOpenFailure(e, dataDir, await freeBytesAt(dataDir))
  }

  // One statement or one whole transaction at a time, in the order asked.
  let tail: Promise<unknown> = Promise.resolve()
  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    const turn = tail.then(run, run)
    tail = turn.catch(() => undefined)
    return turn
  }

  const direct: Db = {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await send({ kind: 'query', sql, params: [...params] })) as T[]
    },
    async exec(sql: string) {
      await send({ kind: 'exec', sql })
    },
    transaction: (fn) => fn(direct),
    close: () => Promise.reject(new Error('close() inside a transaction')),
  }

  return {
    query: (sql, params) => inTurn(() => direct.query(sql, params)),
    exec: (sql) => inTurn(() => direct.exec(sql)),
    transaction: (fn) =>
      retryTransaction(() =>
        inTurn(async () => {
          await direct.exec('BEGIN')
          try {
            const result = await fn(direct)
            await direct.exec('COMMIT')
            return result
          } catch (e) {
            await direct.exec('ROLLBACK').catch(() => undefined)
            throw e
          }
        }),
      ),
    answeredRecently: () => crashed === undefined && performance.now() - lastAnswerAt < 1_000,
    close: () =>
      inTurn(async () => {
        await send({ kind: 'close' }).catch(() => undefined)
        await worker.terminate()
      }),
  }
}

function toError(plain: PlainError): Error {
  const { message, name, ...fields } = plain
  return Object.assign(new Error(message), fields, { name })
}
