import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Hono } from 'hono'
import type { AppEnv } from './app-env.ts'

const NO_CACHE = 'no-cache'
const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * The built PWA from `dir`. The service worker and index.html must always be revalidated, or a phone keeps
 * an old app forever; Vite's hashed files under /assets/ never change. Deep links fall back to index.html.
 */
export function serveAppShell(app: Hono<AppEnv>, dir: string): void {
  const cacheControl = (path: string) =>
    /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(?:\.br|\.gz)?$/.test(path) ? IMMUTABLE : NO_CACHE
  app.use(
    '*',
    serveStatic({
      root: dir,
      // The .br/.gz copies written after the build (scripts/precompress.ts), by what the browser accepts.
      precompressed: true,
      onFound: (path, c) => {
        c.header('Cache-Control', cacheControl(path))
      },
    }),
  )
  const index = join(dir, 'index.html')
  const serveIndex = serveStatic<AppEnv>({
    path: index,
    precompressed: true,
    onFound: (_path, c) => {
      c.header('Cache-Control', NO_CACHE)
    },
  })
  app.get('*', async (c, next) => {
    // Only page navigations fall back; a missing script must stay a 404, not become HTML.
    if (c.req.path.startsWith('/api/') || /\.[A-Za-z0-9]+$/.test(c.req.path) || !existsSync(index)) {
      return next()
    }
    return serveIndex(c, next)
  })
}
