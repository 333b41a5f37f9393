import { Hono } from 'hono'
import { compress } from 'hono/compress'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import type { Logger } from 'pino'
import { defaultRules, type RuleSet } from '../../domain/index.ts'
import type { Db } from '../store/db.ts'
import type { AppDeps, AppEnv } from './app-env.ts'
import { errorBody } from './error-body.ts'
import { handleError } from './handle-error.ts'
import { limitJsonBodies } from './limit-json-bodies.ts'
import { logRequests } from './log-requests.ts'
import { refuseNulInUrl } from './refuse-nul-in-url.ts'
import { auditRoutes } from './routes/audit-routes.ts'
import { cashRoutes } from './routes/cash-routes.ts'
import { deviceAdminRoutes } from './routes/device-admin-routes.ts'
import { deviceRoutes } from './routes/device-routes.ts'
import { eventRoutes } from './routes/event-routes.ts'
import { exportRoutes } from './routes/export-routes.ts'
import { healthFacilityRoutes } from './routes/health-facility-routes.ts'
import { healthRoutes } from './routes/health-routes.ts'
import { receiptIssuerRoutes } from './routes/receipt-issuer-routes.ts'
import { registrationRoutes } from './routes/registration-routes.ts'
import { reportRoutes } from './routes/report-routes.ts'
import { sessionRoutes } from './routes/session-routes.ts'
import { consultationRoutes } from './routes/consultation-routes.ts'
import { insuredRoutes } from './routes/insured-routes.ts'
import { syncRoutes } from './routes/sync-routes.ts'
import { teamRoutes } from './routes/team-routes.ts'
import { userRoutes } from './routes/user-routes.ts'
import { serveAppShell } from './serve-app-shell.ts'

export const DEFAULT_SESSION_TTL_MS = 12 * 60 * 60 * 1000

export interface CreateAppOptions {
  db: Db
  logger: Logger
  /** The one clock for tokens, quotes and audit stamps: required, so no app (least of all a test's) reads the wall clock by accident. */
  now: () => Date
  sessionTtlMs?: number
  rules?: RuleSet
  /** The built PWA (`dist/`); omitted → API only. */
  staticDir?: string | undefined
  /** Behind a reverse proxy that sets `X-Forwarded-For` (`TRUST_PROXY=1`). Default false. */
  trustProxy?: boolean
}

/** The whole HTTP surface as one Hono app: tests call `app.request(…)`, main.ts serves it. */
export function createApp(options: CreateAppOptions): Hono<AppEnv> {
  const deps: AppDeps = {
    db: options.db,
    logger: options.logger,
    now: options.now,
    sessionTtlMs: options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS,
    rules: options.rules ?? defaultRules,
    trustProxy: options.trustProxy ?? false,
  }
  const app = new Hono<AppEnv>()
  app.use(requestId())
  app.use(logRequests(deps.logger))
  app.use(refuseNulInUrl())
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        // The ID-card scanner's QR decoder is WebAssembly (zxing-wasm, served from here): compiling it needs
        // 'wasm-unsafe-eval', which allows WebAssembly only, not eval.
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
    }),
  )
  // Answers hold personal data: no browser, proxy or service-worker cache may keep them.
  app.use('/api/*', async (c, next) => {
    await next()
    c.header('Cache-Control', 'no-store')
  })
  // JSON answers (pull pages, review lists) and CSV exports shrink 5–10× over mobile data. XLSX is a zip
  // already and is left alone by the content-type filter.
  app.use('/api/*', compress())
  app.use('/api/*', limitJsonBodies())

  for (const routes of [
    healthRoutes,
    sessionRoutes,
    deviceRoutes,
    deviceAdminRoutes,
    syncRoutes,
    registrationRoutes,
    eventRoutes,
    reportRoutes,
    exportRoutes,
    userRoutes,
    teamRoutes,
    healthFacilityRoutes,
    auditRoutes,
    cashRoutes,
    receiptIssuerRoutes,
    consultationRoutes,
    insuredRoutes,
  ]) {
    app.route('/api', routes(deps))
  }
  app.all('/api/*', (c) => c.json(errorBody('not_found', 'Không có địa chỉ API này'), 404))
  app.all('/api', (c) => c.json(errorBody('not_found', 'Không có địa chỉ API này'), 404))

  if (options.staticDir) serveAppShell(app, options.staticDir)
  app.notFound((c) => c.json(errorBody('not_found', 'Không tìm thấy'), 404))
  app.onError(handleError(deps.logger))
  return app
}
