import { Hono } from 'hono'
import { z } from 'zod'
import { requireAuth } from '../../auth/require-auth.ts'
import { registerDevice } from '../../store/device-store.ts'
import { receiptIssuerFor } from '../../store/receipt-issuer-store.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { HttpError } from '../http-error.ts'
import { readBody } from '../read-body.ts'

const deviceSchema = z.object({
  deviceId: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
    message: 'deviceId phải là UUID',
  }),
  label: z.string().trim().max(60).optional(),
})

export function deviceRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.post('/devices', requireAuth(deps), async (c) => {
    const body = await readBody(c, deviceSchema)
    const result = await registerDevice(
      deps.db,
      { deviceId: body.deviceId.toLowerCase(), label: body.label ?? null, userId: c.get('user').id },
      deps.now(),
    )
    if ('refused' in result) {
      if (result.refused === 'taken') {
        throw new HttpError(409, 'device_taken', 'Mã thiết bị này đã được một tài khoản khác đăng ký')
      }
      throw new HttpError(403, 'device_revoked', 'Thiết bị này đã bị thu hồi. Liên hệ quản trị viên.')
    }
    // Optional: omitted until the office sets it, and older phones ignore it.
    const receiptIssuer = await receiptIssuerFor(deps.db, c.get('user').id)
    return c.json(
      {
        deviceId: body.deviceId,
        receiptPrefix: result.receiptPrefix,
        ...(receiptIssuer ? { receiptIssuer } : {}),
      },
      result.created ? 201 : 200,
    )
  })
  return app
}
