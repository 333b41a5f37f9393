import { Hono } from 'hono'
import { storageFull } from '../../store/storage-state.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { errorBody } from '../error-body.ts'
import { STORAGE_FULL_MESSAGE } from '../handle-error.ts'

export function healthRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.get('/health', async (c) => {
    try {
      // During a push the embedded database is busy answering it: that it answers is the health we need,
      // and asking it again would wait for the push's transaction to end.
      if (!deps.db.answeredRecently?.()) await deps.db.query('SELECT 1')
    } catch {
      return c.json({ status: 'unavailable' }, 503)
    }
    // Reads still work on a full disk: the store remembers that its last write failed (storage-state.ts).
    if (storageFull(deps.db)) {
      return c.json({ status: 'unavailable', ...errorBody('storage_full', STORAGE_FULL_MESSAGE) }, 503)
    }
    return c.json({ status: 'ok' })
  })
  return app
}
