// What the agency knows, in and out: the admin imports a province's participant list (the file's bytes as
// the body, XLSX or CSV, up to 100 MB: half a million people); a phone downloads its event's commune page by
// page, and on the next sync only what changed since the version it holds. Every download is audited.
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { communesNamed } from '../../../domain/admin/search-communes.ts'
import { readInsuredLines } from '../../../domain/insured/read-insured-lines.ts'
import { requireAuth } from '../../auth/require-auth.ts'
import { requireRole } from '../../auth/require-role.ts'
import { appendAudit } from '../../store/append-audit.ts'
import { findEvent } from '../../store/event-store.ts'
import { insuredPage, replaceInsuredList } from '../../store/insured-list-store.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { errorBody } from '../error-body.ts'
import { HttpError } from '../http-error.ts'
import { isBigintText } from '../query-params.ts'
import { readSpreadsheetLines } from '../read-spreadsheet-lines.ts'

export const MAX_INSURED_IMPORT_BYTES = 100 * 1024 * 1024
/** People a page: about 400 KB of JSON, compressed to a fifth over mobile data. */
export const INSURED_PAGE_SIZE = 5000

export function insuredRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.post(
    '/insured/import',
    requireAuth(deps),
    requireRole('admin'),
    bodyLimit({
      maxSize: MAX_INSURED_IMPORT_BYTES,
      onError: (c) => c.json(errorBody('payload_too_large', 'Tệp quá lớn (tối đa 100 MB)'), 413),
    }),
    async (c) => {
      const provinceCode = c.req.query('provinceCode') ?? ''
      const fileName = c.req.query('fileName') ?? ''
      if (!/^\d{2}$/.test(provinceCode)) throw new HttpError(400, 'invalid_request', 'Mã tỉnh gồm 2 chữ số')
      if (!/\.(xlsx|csv)$/i.test(fileName))
        throw new HttpError(400, 'invalid_request', 'Tên tệp phải kết thúc bằng .xlsx hoặc .csv')
      const bytes = Buffer.from(await c.req.arrayBuffer())
      if (bytes.length === 0) throw new HttpError(400, 'invalid_request', 'Tệp rỗng')
      let lines: string[][]
      try {
        lines = await readSpreadsheetLines(
          fileName,
          /\.xlsx$/i.test(fileName) ? bytes.toString('base64') : bytes.toString('utf8'),
        )
      } catch {
        throw new HttpError(400, 'unreadable_file', 'Không đọc được tệp: hãy gửi tệp Excel (.xlsx) hoặc CSV')
      }
      const read = readInsuredLines(lines, provinceCode)
      if (read.errors.length > 0) {
        throw new HttpError(400, 'invalid_lines', 'Tệp có dòng sai: chưa nhập dòng nào', {
          lines: read.errors,
        })
      }
      return c.json(
        await replaceInsuredList(deps.db, provinceCode, read.people, c.get('user').id, deps.now()),
      )
    },
  )

  app.get('/events/:eventId/insured', requireAuth(deps), async (c) => {
    const user = c.get('user')
    const event = await findEvent(deps.db, c.req.param('eventId'))
    // Scoped to the team's events: another team's event answers as if it did not exist.
    if (!event || (user.role !== 'admin' && event.teamId !== null && event.teamId !== user.teamId)) {
      throw new HttpError(404, 'not_found', 'Sự kiện không tồn tại')
    }
    const since = c.req.query('since') ?? '0'
    const after = c.req.query('after') ?? ''
    const limit = Number(c.req.query('limit') ?? INSURED_PAGE_SIZE)
    if (!isBigintText(since) || !/^(\d{12})?$/.test(after) || !Number.isInteger(limit) || limit < 1) {
      throw new HttpError(400, 'invalid_request', 'Tham số since/after không hợp lệ')
    }
    const named = communesNamed(event.commune, event.provinceCode)
    const commune = named.length === 1 ? named[0] : undefined
    if (!commune) return c.json({ version: 0, communeCode: null, people: [], removed: [] })
    const page = await insuredPage(deps.db, event.provinceCode, commune.code, {
      since: Number(since),
      after,
      limit: Math.min(limit, INSURED_PAGE_SIZE),
    })
    // Every download that brings someone down is audited, once (its first page); the phone's probe for the
    // version brings nobody and is not.
    if (after === '' && (page.people.length > 0 || page.removed.length > 0)) {
      await appendAudit(
        deps.db,
        {
          actorId: user.id,
          action: 'insured.download',
          entity: 'event',
          entityId: event.id,
          detail: { version: page.version, since: Number(since), people: page.people.length },
        },
        deps.now(),
      )
    }
    return c.json({ communeCode: commune.code, ...page })
  })
  return app
}
