// The initial health facilities: any signed-in phone reads them (public data, kept for offline use); the
// admin imports a province's list from a spreadsheet or CSV. A file with any bad line imports nothing and
// says which lines and why.
import { Hono } from 'hono'
import { facilityImportSchema, readFacilityLines } from '../../../domain/api/health-facilities.ts'
import { requireAuth } from '../../auth/require-auth.ts'
import { requireRole } from '../../auth/require-role.ts'
import { listFacilities, replaceFacilities } from '../../store/health-facility-store.ts'
import type { AppDeps, AppEnv } from '../app-env.ts'
import { HttpError } from '../http-error.ts'
import { readBody } from '../read-body.ts'
import { readSpreadsheetLines } from '../read-spreadsheet-lines.ts'

export function healthFacilityRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.get('/health-facilities', requireAuth(deps), async (c) => {
    const province = c.req.query('provinceCode')
    if (province !== undefined && !/^\d{2}$/.test(province)) {
      throw new HttpError(400, 'invalid_request', 'Mã tỉnh gồm 2 chữ số')
    }
    return c.json({ items: await listFacilities(deps.db, province) })
  })

  app.post('/health-facilities/import', requireAuth(deps), requireRole('admin'), async (c) => {
    const body = await readBody(c, facilityImportSchema)
    let lines: string[][]
    try {
      lines = await readSpreadsheetLines(body.fileName, body.content)
    } catch {
      throw new HttpError(400, 'unreadable_file', 'Không đọc được tệp: hãy gửi tệp Excel (.xlsx) hoặc CSV')
    }
    const read = readFacilityLines(lines, body.provinceCode)
    if (read.errors.length > 0) {
      throw new HttpError(400, 'invalid_lines', 'Tệp có dòng sai: chưa nhập dòng nào', { lines: read.errors })
    }
    const counts = await replaceFacilities(
      deps.db,
      body.provinceCode,
      read.facilities,
      c.get('user').id,
      deps.now(),
    )
    return c.json({ provinceCode: body.provinceCode, imported: counts.after, replaced: counts.before })
  })
  return app
}
