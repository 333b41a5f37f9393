// Who issues the receipts: the admin sets the collecting unit, tax code, form code and series for
// the province office and per team (a collection agent); any signed-in phone reads the one that applies to
// its collector. Phones also get it with POST /api/devices.
import { Hono, type Context } from 'hono'
import { zodIssuesToFieldIssues } from '../../../domain/index.ts'
import { receiptIssuerSchema, type ReceiptIssuer } from '../../../domain/receipt/receipt-issuer.ts'
import { requireAuth } from '../../auth/require-auth.ts'
import { requireRole } from '../../auth/require-role.ts'
import {
  deleteReceiptIssuer,
  listReceiptIssuers,
  receiptIssuerFor,
  setReceiptIssuer,
} from '../../store/receipt-issuer-store.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { HttpError } from '../http-error.ts'
import { readJson, rejectUnstorableText } from '../read-body.ts'

export function receiptIssuerRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  const admin = [requireAuth(deps), requireRole('admin')] as const

  app.get('/receipt-issuers', ...admin, async (c) => c.json({ items: await listReceiptIssuers(deps.db) }))

  app.put('/receipt-issuers/office', ...admin, async (c) => {
    const body = await readIssuer(c)
    const row = await setReceiptIssuer(deps.db, null, body, c.get('user').id, deps.now())
    return c.json(row)
  })

  app.put('/receipt-issuers/teams/:teamId', ...admin, async (c) => {
    const body = await readIssuer(c)
    const row = await setReceiptIssuer(deps.db, c.req.param('teamId'), body, c.get('user').id, deps.now())
    if (row === 'team_not_found') throw new HttpError(404, 'team_not_found', 'Không có tổ này')
    return c.json(row)
  })

  app.delete('/receipt-issuers/teams/:teamId', ...admin, async (c) => {
    const gone = await deleteReceiptIssuer(deps.db, c.req.param('teamId'), c.get('user').id, deps.now())
    if (!gone) throw new HttpError(404, 'not_found', 'Tổ này chưa có thông tin đơn vị thu riêng')
    return c.body(null, 204)
  })

  app.get('/receipt-issuer', requireAuth(deps), async (c) =>
    c.json({ receiptIssuer: await receiptIssuerFor(deps.db, c.get('user').id) }),
  )
  return app
}

/** readBody for a zod/mini schema (the phone parses the same one): 400 `invalid_request` with field issues. */
async function readIssuer(c: Context): Promise<ReceiptIssuer> {
  const raw = await readJson(c)
  rejectUnstorableText(raw)
  const parsed = receiptIssuerSchema.safeParse(raw)
  if (!parsed.success) {
    throw new HttpError(400, 'invalid_request', 'Dữ liệu không hợp lệ', {
      issues: zodIssuesToFieldIssues(parsed.error.issues),
    })
  }
  return parsed.data
}
