import { Hono } from 'hono'
import { d03Columns, d03Rows, d05Columns, d05Rows, toCsv } from '../../../domain/index.ts'
import { requireAuth } from '../../auth/require-auth.ts'
import { requireRole } from '../../auth/require-role.ts'
import { appendAudit } from '../../store/append-audit.ts'
import { exportRecords } from '../../store/export-records.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { HttpError } from '../http-error.ts'
import { parseEventId, parseStatus } from '../query-params.ts'

export function exportRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.get('/exports/:file', requireAuth(deps), requireRole('supervisor', 'admin'), async (c) => {
    const match = /^(d05-ts|d03-ts)\.(csv|xlsx)$/.exec(c.req.param('file'))
    if (!match) {
      throw new HttpError(
        404,
        'unknown_export',
        'Danh sách xuất là d05-ts hoặc d03-ts, định dạng csv hoặc xlsx',
      )
    }
    const [, list, format] = match as unknown as [string, 'd05-ts' | 'd03-ts', 'csv' | 'xlsx']
    if (format === 'xlsx') {
      throw new HttpError(
        501,
        'not_implemented',
        'Chưa hỗ trợ xuất .xlsx; hãy dùng .csv (mở được bằng Excel)',
      )
    }
    // `header=key`: the e-declaration XML field codes as the first line, for import tools.
    const headerRow = c.req.query('header') === 'key' ? 'key' : 'header'
    const user = c.get('user')
    const records = await exportRecords(deps.db, user, {
      status: parseStatus(c.req.query('status')) ?? 'approved',
      eventId: parseEventId(c.req.query('eventId')),
    })
    let csv: string
    let rowCount: number
    if (list === 'd05-ts') {
      const rows = d05Rows(records, deps.rules)
      csv = toCsv(d05Columns, rows, { headerRow })
      rowCount = rows.length
    } else {
      const rows = d03Rows(records, deps.rules)
      csv = toCsv(d03Columns, rows, { headerRow })
      rowCount = rows.length
    }
    const now = deps.now()
    await appendAudit(
      deps.db,
      {
        actorId: user.id,
        action: 'export.download',
        entity: 'export',
        entityId: list,
        detail: { format, rows: rowCount },
      },
      now,
    )
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${list}-${now.toISOString().slice(0, 10)}.csv"`,
    })
  })
  return app
}
