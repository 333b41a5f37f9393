import { Hono } from 'hono'
import { d03Header, d05Header, vietnamDate } from '../../../domain/index.ts'
import { requireAuth } from '../../auth/require-auth.ts'
import { requireRole } from '../../auth/require-role.ts'
import { appendAudit } from '../../store/append-audit.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { csvStream } from '../export/csv-stream.ts'
import { exportRowBatches, type ListName } from '../export/export-row-batches.ts'
import { xlsxStream } from '../export/xlsx-stream.ts'
import { xmlStream } from '../export/xml-stream.ts'
import { HttpError } from '../http-error.ts'
import { parseEventId, parseStatus } from '../query-params.ts'

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xml: 'application/xml; charset=utf-8',
} as const

type Format = keyof typeof CONTENT_TYPES

export function exportRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.get('/exports/:file', requireAuth(deps), requireRole('supervisor', 'admin'), async (c) => {
    const match = /^(d05-ts|d03-ts)\.(csv|xlsx|xml)$/.exec(c.req.param('file'))
    if (!match) {
      throw new HttpError(
        404,
        'unknown_export',
        'Danh sách xuất là d05-ts hoặc d03-ts, định dạng csv, xlsx hoặc xml',
      )
    }
    const [, list, format] = match as unknown as [string, ListName, Format]
    // `header=key`: the e-declaration XML field codes as the header row, for import tools.
    const headerRow = c.req.query('header') === 'key' ? 'key' : 'header'
    const status = parseStatus(c.req.query('status')) ?? 'approved'
    const eventId = parseEventId(c.req.query('eventId'))
    const user = c.get('user')
    const now = deps.now()
    // Audited before the first byte: personal data leaves the server even if the download is cut short.
    await appendAudit(
      deps.db,
      {
        actorId: user.id,
        action: 'export.download',
        entity: 'export',
        entityId: list,
        detail: { format, status, eventId: eventId ?? null },
      },
      now,
    )
    const onDone = (rows: number) =>
      appendAudit(
        deps.db,
        {
          actorId: user.id,
          action: 'export.complete',
          entity: 'export',
          entityId: list,
          detail: { format, rows },
        },
        deps.now(),
      )
    const onError = (e: unknown) =>
      deps.logger.error(
        { reqId: c.get('requestId'), err: { name: (e as Error).name, code: (e as { code?: unknown }).code } },
        'export failed mid-stream',
      )
    const source = exportRowBatches(deps.db, user, list, { status, eventId }, deps.rules)
    const form = list === 'd05-ts' ? 'D05-TS' : 'D03-TS'
    const today = vietnamDate(now.toISOString())
    const body =
      format === 'csv'
        ? csvStream(source.columns, source.batches, { headerRow, onDone, onError })
        : format === 'xml'
          ? xmlStream(form, source.columns, source.batches, {
              // D03-TS states the reference level: the one in force on the first listed payment.
              header: (first) =>
                form === 'D05-TS'
                  ? d05Header()
                  : d03Header(
                      typeof first?.['NgayBienLai'] === 'string' ? first['NgayBienLai'] : today,
                      deps.rules,
                    ),
              onDone,
              onError,
            })
          : xlsxStream(source.columns, source.batches, {
              sheetName: form,
              headerRow,
              onDone,
              onError,
            })
    const filename = `${list}-${fileSafe(eventId ?? 'tat-ca')}-${today}.${format}`
    return c.body(body, 200, {
      'Content-Type': CONTENT_TYPES[format],
      'Content-Disposition': `attachment; filename="${filename}"`,
    })
  })
  return app
}

/** Event ids are free text up to 64 characters: keep what a file name and a header can hold. */
function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 64) || 'su-kien'
}
