import { existsSync } from 'node:fs'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import type { Logger } from 'pino'
import { defaultRules } from '../domain/index.ts'
import { createLogger } from './create-logger.ts'
import { DEMO_PASSWORD } from './demo/demo-accounts.ts'
import { seedDemo, type SeedResult } from './demo/seed-demo.ts'
import { createApp } from './http/create-app.ts'
import { parseDatabaseConfig } from './store/database-config.ts'
import type { Db } from './store/db.ts'
import { openStore } from './store/open-store.ts'
import { refreshTallyFacts } from './store/tally-facts.ts'

export const DEFAULT_DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url))

export interface StartServerOptions {
  /** 0 picks a free port (tests, benchmarks). Default 8080. */
  port?: number
  hostname?: string
  /** PGlite directory (default ./data); `memory://` for a throwaway database. Ignored with databaseUrl. */
  dataDir?: string
  databaseUrl?: string
  demoPassword?: string
  demoData?: boolean
  /** The built PWA; null serves the API only. Default: the repository's dist/. */
  distDir?: string | null
  sessionTtlMs?: number
  /** Behind a reverse proxy that appends the client to `X-Forwarded-For`. */
  trustProxy?: boolean
  logger?: Logger
  /** The server's clock; the wall clock unless a test injects one. */
  now?: () => Date
  /** Serve HTTPS with this PEM key and certificate (a phone needs a secure origin for its PIN and worker). */
  tls?: { key: string; cert: string }
  /** Told each step of the start, for `npm start` to print. */
  onProgress?: (step: string) => void
  /** Benchmarks watch the database through this (bench/push-ingest.ts times the change lock). */
  wrapDb?: (db: Db) => Db
}

export interface RunningServer {
  url: string
  port: number
  db: Db
  seed: SeedResult
  /**
   * The tally facts brought up to date in the background after the start (tally-facts.ts): after an
   * upgrade or a change of the rules that is every approved record again, which the first tally
   * would otherwise do inside its own request. Never rejects (a failure is logged; the next tally retries).
   */
  tallyFactsReady: Promise<void>
  /** Stops accepting connections, lets open requests finish (≤ 5 s), then closes the database. */
  close(): Promise<void>
}

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger()
  const now = options.now ?? (() => new Date())
  const progress = options.onProgress ?? (() => {})
  progress('opening and migrating the database')
  const opened = await openStore(
    parseDatabaseConfig({ DATABASE_URL: options.databaseUrl, DATA_DIR: options.dataDir }),
  )
  const db = options.wrapDb ? options.wrapDb(opened) : opened
  try {
    progress('checking the demo accounts')
    const seed = await seedDemo(db, {
      password: options.demoPassword || DEMO_PASSWORD,
      now: now(),
      rules: defaultRules,
      withSamples: options.demoData ?? false,
    })
    let staticDir: string | undefined
    const dist = options.distDir === undefined ? DEFAULT_DIST_DIR : options.distDir
    if (dist !== null) {
      if (existsSync(dist)) staticDir = dist
      else logger.warn({ dist }, 'no built app found: serving the API only (run `npm run build`)')
    }
    const app = createApp({
      db,
      logger,
      staticDir,
      now,
      trustProxy: options.trustProxy ?? false,
      ...(options.sessionTtlMs !== undefined ? { sessionTtlMs: options.sessionTtlMs } : {}),
    })
    progress('listening')
    const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve(
        {
          fetch: app.fetch,
          port: options.port ?? 8080,
          hostname: options.hostname ?? '0.0.0.0',
          ...(options.tls ? { createServer: createHttpsServer, serverOptions: options.tls } : {}),
        },
        () => resolve(s),
      )
      s.once('error', reject)
    })
    const port = (server.address() as AddressInfo).port
    const stopWarming = new AbortController()
    const tallyFactsReady = warmTallyFacts(db, logger, stopWarming.signal)
    let closing: Promise<void> | undefined
    return {
      url: `${options.tls ? 'https' : 'http'}://localhost:${port}`,
      port,
      db,
      seed,
      tallyFactsReady,
      close() {
        closing ??= (async () => {
          await new Promise<void>((resolve) => {
            const force = setTimeout(() => {
              if ('closeAllConnections' in server) server.closeAllConnections()
            }, 5_000)
            server.close(() => {
              clearTimeout(force)
              resolve()
            })
            if ('closeIdleConnections' in server) server.closeIdleConnections()
          })
          // A rebuild of every record can take a minute at a province's scale: it stops at its next batch
          // and rolls back, for the next start (or the next tally) to do.
          stopWarming.abort()
          await tallyFactsReady
          await db.close()
        })()
        return closing
      },
    }
  } catch (e) {
    await db.close()
    throw e
  }
}

async function warmTallyFacts(db: Db, logger: Logger, signal: AbortSignal): Promise<void> {
  const started = Date.now()
  try {
    await refreshTallyFacts(db, defaultRules, signal)
    logger.info({ ms: Date.now() - started }, 'tally facts up to date')
  } catch (e) {
    if (signal.aborted) return
    // The name and SQL state only: a database error's message can quote a row's values.
    const err = { name: (e as Error).name, code: (e as { code?: unknown }).code }
    logger.warn({ err }, 'tally facts not worked out at start; the first tally will')
  }
}
