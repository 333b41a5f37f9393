import { existsSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import type { Logger } from 'pino'
import { defaultRules, type RuleSet } from '../domain/index.ts'
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
  /**
   * How often the server brings the tally facts up to date by itself, after the start's refresh: the people
   * whose approved history changed since (usually a few, in milliseconds). Default 10 minutes.
   */
  tallyFactsEveryMs?: number
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
   * After it, the server does the same every `tallyFactsEveryMs`, so the marks of people to work out again
   * never pile up between tallies, and a tally rarely has anyone to work out.
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
  // One rulebook for the routes and the background refresh: the tally facts are worked out under the rules
  // the routes count with, or each would rebuild every fact the other had just worked out.
  const rules = defaultRules
  try {
    progress('checking the demo accounts')
    const seed = await seedDemo(db, {
      password: options.demoPassword || DEMO_PASSWORD,
      now: now(),
      rules,
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
      rules,
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
    const warmed = refreshInBackground(db, rules, logger, stopWarming.signal)
    const tallyFactsReady = warmed.then(() => undefined)
    const keepingFacts = keepTallyFacts(
      db,
      rules,
      logger,
      warmed,
      options.tallyFactsEveryMs ?? 10 * 60_000,
      stopWarming.signal,
    )
    let closing: Promise<void> | undefined
    return {
      url: `${options.tls ? 'https' : 'http'}://localhost:${port}`,
      port,
      db,
      seed,
      tallyFactsReady,
      close() {
        closing ??= (async () => {
          // A rebuild of every record can take a minute at a province's scale: it stops at its next batch
          // and rolls back, for the next start (or the next tally) to do. First, so that requests waiting
          // behind it on the embedded database's one connection can finish.
          stopWarming.abort()
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
          await keepingFacts
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

/** Resolves true when the facts are up to date, false when the refresh failed (logged) or was stopped. */
async function refreshInBackground(
  db: Db,
  rules: RuleSet,
  logger: Logger,
  signal: AbortSignal,
): Promise<boolean> {
  const started = Date.now()
  try {
    const done = await refreshTallyFacts(db, rules, signal)
    if (done.everyone || done.people > 0)
      logger.info({ ms: Date.now() - started, ...done }, 'tally facts up to date')
    return true
  } catch (e) {
    if (signal.aborted) return false
    // The name and SQL state only: a database error's message can quote a row's values.
    const err = { name: (e as Error).name, code: (e as { code?: unknown }).code }
    logger.warn({ err }, 'tally facts not worked out in the background; the next tally will')
    return false
  }
}

/**
 * After `first`, a background refresh every `everyMs` until `signal` aborts; resolves once it has stopped.
 * After a failure it waits twice as long each time (up to 32×), so a rebuild that keeps failing does not hold
 * the embedded database every few minutes.
 */
async function keepTallyFacts(
  db: Db,
  rules: RuleSet,
  logger: Logger,
  first: Promise<boolean>,
  everyMs: number,
  signal: AbortSignal,
): Promise<void> {
  let failures = (await first) ? 0 : 1
  while (!signal.aborted) {
    // Never keeps the process alive by itself; an abort ends the wait at once.
    const wait = everyMs * 2 ** Math.min(failures, 5)
    const waited = await sleep(wait, undefined, { signal, ref: false }).then(
      () => true,
      () => false,
    )
    if (!waited) return
    failures = (await refreshInBackground(db, rules, logger, signal)) ? 0 : failures + 1
  }
}
