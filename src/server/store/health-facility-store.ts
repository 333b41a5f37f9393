// The offices' lists of initial health facilities. An import replaces one province's list in one
// transaction: a phone never sees half of an old list and half of a new one.
import type { HealthFacility } from '../../domain/api/health-facilities.ts'
import { appendAudit } from './append-audit.ts'
import type { Db } from './db.ts'

const COLUMNS = `province_code AS "provinceCode", code, name, address`

export function listFacilities(db: Db, provinceCode?: string): Promise<HealthFacility[]> {
  return provinceCode === undefined
    ? db.query<HealthFacility>(`SELECT ${COLUMNS} FROM health_facilities ORDER BY province_code, code`)
    : db.query<HealthFacility>(
        `SELECT ${COLUMNS} FROM health_facilities WHERE province_code = $1 ORDER BY code`,
        [provinceCode],
      )
}

export async function replaceFacilities(
  db: Db,
  provinceCode: string,
  facilities: readonly HealthFacility[],
  actorId: string,
  now: Date,
): Promise<{ before: number; after: number }> {
  return db.transaction(async (tx) => {
    const [old] = await tx.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM health_facilities WHERE province_code = $1',
      [provinceCode],
    )
    await tx.query('DELETE FROM health_facilities WHERE province_code = $1', [provinceCode])
    // One statement per 200 rows: a province has a few hundred facilities at most.
    for (let start = 0; start < facilities.length; start += 200) {
      const chunk = facilities.slice(start, start + 200)
      const params: unknown[] = [now.toISOString()]
      const rows = chunk.map((f) => {
        params.push(f.provinceCode, f.code, f.name, f.address)
        const n = params.length
        return `($${n - 3}, $${n - 2}, $${n - 1}, $${n}, $1::timestamptz)`
      })
      await tx.query(
        `INSERT INTO health_facilities (province_code, code, name, address, updated_at) VALUES ${rows.join(', ')}`,
        params,
      )
    }
    const before = old?.n ?? 0
    await appendAudit(
      tx,
      {
        actorId,
        action: 'health_facility.import',
        entity: 'health_facility',
        entityId: provinceCode,
        detail: { before, after: facilities.length },
      },
      now,
    )
    return { before, after: facilities.length }
  })
}
