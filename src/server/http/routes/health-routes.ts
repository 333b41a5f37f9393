import { Hono } from 'hono'
import type { AppDeps, AppEnv } from '../app-env.ts'

export function healthRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.get('/health', async (c) => {
    try {
      await deps.db.query('SELECT 1')
    } catch {
      return c.json({ status: 'unavailable' }, 503)
    }
    return c.json({ status: 'ok' })
  })
  return app
}
