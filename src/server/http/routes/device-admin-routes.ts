import { Hono } from 'hono'
import { requireAuth } from '../../auth/require-auth.ts'
import { requireRole } from '../../auth/require-role.ts'
import { findDevice, listDevices, revokeDevice } from '../../store/device-admin-store.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { HttpError } from '../http-error.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The phones: an admin sees and revokes all; a supervisor those their team signed in on. */
export function deviceAdminRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  // undefined = every device (admin); a team id narrows; null = a supervisor without a team sees none.
  const scopeOf = (user: AppEnv['Variables']['user']) => (user.role === 'admin' ? undefined : user.teamId)

  app.get('/devices', requireAuth(deps), requireRole('supervisor', 'admin'), async (c) => {
    const team = scopeOf(c.get('user'))
    return c.json(team === null ? [] : await listDevices(deps.db, team))
  })

  app.post('/devices/:deviceId/revoke', requireAuth(deps), requireRole('supervisor', 'admin'), async (c) => {
    const deviceId = c.req.param('deviceId').toLowerCase()
    const team = scopeOf(c.get('user'))
    const found = UUID.test(deviceId) && team !== null ? await findDevice(deps.db, deviceId, team) : undefined
    if (!found) throw new HttpError(404, 'not_found', 'Không tìm thấy thiết bị')
    await revokeDevice(deps.db, deviceId, c.get('user').id, deps.now())
    return c.json(await findDevice(deps.db, deviceId))
  })
  return app
}
