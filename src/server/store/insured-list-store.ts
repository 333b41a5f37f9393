// The agency's participant list per province office (migration 0024). An import replaces the province's
// list in one transaction and records, row by row, the version that last changed it; a phone then asks for
// its commune's rows changed since the version it holds, and the tombstones of rows gone from its commune.
import { toRow, type InsuredPerson, type InsuredRow } from '../../domain/insured/insured-person.ts'
import { appendAudit } from './append-audit.ts'
import { contentHash } from './content-hash.ts'
import type { Db } from './db.ts'

export interface ImportCounts {
  version: number
  before: number
  after: number
  changed: number
  removed: number
}

/** Rows per statement: one JSON parameter each, so any count fits PostgreSQL's parameter limit. */
const CHUNK = 5000

export async function replaceInsuredList(
  db: Db,
  provinceCode: string,
  people: readonly InsuredPerson[],
  actorId: string,
  now: Date,
): Promise<ImportCounts> {
  return db.transaction(async (tx) => {
    const [list] = await tx.query<{ version: string }>(
      'SELECT version::text AS version FROM insured_lists WHERE province_code = $1 FOR UPDATE',
      [provinceCode],
    )
    const version = Number(list?.version ?? 0) + 1
    const existing = new Map(
      (
        await tx.query<{ id_number: string; row_hash: string; commune_code: string }>(
          'SELECT id_number, row_hash, commune_code FROM insured_people WHERE province_code = $1',
          [provinceCode],
        )
      ).map((r) => [r.id_number, r]),
    )
    const changed: { id_number: string; commune_code: string; row_hash: string; person: InsuredRow }[] = []
    const moved: { id_number: string; commune_code: string }[] = []
    const kept = new Set<string>()
    for (const p of people) {
      const row = toRow(p)
      const hash = contentHash(row)
      const old = existing.get(p.idNumber)
      kept.add(p.idNumber)
      if (old?.row_hash === hash) continue
      changed.push({ id_number: p.idNumber, commune_code: p.communeCode, row_hash: hash, person: row })
      if (old && old.commune_code !== p.communeCode)
        moved.push({ id_number: p.idNumber, commune_code: old.commune_code })
    }
    const removed = [...existing.values()]
      .filter((r) => !kept.has(r.id_number))
      .map((r) => ({ id_number: r.id_number, commune_code: r.commune_code }))

    for (let i = 0; i < changed.length; i += CHUNK) {
      const chunk = JSON.stringify(changed.slice(i, i + CHUNK))
      await tx.query(
        `INSERT INTO insured_people (province_code, id_number, commune_code, row_hash, person, changed_in)
         SELECT $1, x.id_number, x.commune_code, x.row_hash, x.person, $2
           FROM jsonb_to_recordset($3::jsonb) AS x(id_number text, commune_code text, row_hash text, person jsonb)
         ON CONFLICT (province_code, id_number) DO UPDATE
           SET commune_code = excluded.commune_code, row_hash = excluded.row_hash, person = excluded.person,
               changed_in = excluded.changed_in`,
        [provinceCode, version, chunk],
      )
      // Back in a commune it had left: its tombstone there goes.
      await tx.query(
        `DELETE FROM insured_removed r USING jsonb_to_recordset($2::jsonb) AS x(id_number text, commune_code text)
          WHERE r.province_code = $1 AND r.id_number = x.id_number AND r.commune_code = x.commune_code`,
        [provinceCode, chunk],
      )
    }
    const gone = [...removed, ...moved]
    for (let i = 0; i < gone.length; i += CHUNK) {
      const chunk = JSON.stringify(gone.slice(i, i + CHUNK))
      await tx.query(
        `INSERT INTO insured_removed (province_code, id_number, commune_code, removed_in)
         SELECT $1, x.id_number, x.commune_code, $2 FROM jsonb_to_recordset($3::jsonb) AS x(id_number text, commune_code text)
         ON CONFLICT (province_code, id_number, commune_code) DO UPDATE SET removed_in = excluded.removed_in`,
        [provinceCode, version, chunk],
      )
    }
    for (let i = 0; i < removed.length; i += CHUNK) {
      await tx.query(
        `DELETE FROM insured_people p USING jsonb_to_recordset($2::jsonb) AS x(id_number text)
          WHERE p.province_code = $1 AND p.id_number = x.id_number`,
        [provinceCode, JSON.stringify(removed.slice(i, i + CHUNK))],
      )
    }
    await tx.query(
      `INSERT INTO insured_lists (province_code, version, people, imported_by, imported_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (province_code) DO UPDATE SET version = $2, people = $3, imported_by = $4, imported_at = $5`,
      [provinceCode, version, people.length, actorId, now.toISOString()],
    )
    const counts = {
      version,
      before: existing.size,
      after: people.length,
      changed: changed.length,
      removed: removed.length,
    }
    await appendAudit(
      tx,
      { actorId, action: 'insured.import', entity: 'insured_list', entityId: provinceCode, detail: counts },
      now,
    )
    return counts
  })
}

export interface InsuredPage {
  /** The province list's version these rows belong to; 0 when the office never imported one. */
  version: number
  people: InsuredRow[]
  /** ID numbers no longer in this commune since `since` (only on the first page). */
  removed: string[]
  /** Ask again with `after` = this to get the next page; absent on the last page. */
  next?: string
}

/** One page of a commune's people changed after version `since`, in ID order after `after`. */
export async function insuredPage(
  db: Db,
  provinceCode: string,
  communeCode: string,
  options: { since: number; after: string; limit: number },
): Promise<InsuredPage> {
  const [list] = await db.query<{ version: string }>(
    'SELECT version::text AS version FROM insured_lists WHERE province_code = $1',
    [provinceCode],
  )
  const rows = await db.query<{ id_number: string; person: InsuredRow }>(
    `SELECT id_number, person FROM insured_people
      WHERE commune_code = $1 AND province_code = $2 AND changed_in > $3 AND id_number > $4
      ORDER BY id_number LIMIT $5`,
    [communeCode, provinceCode, options.since, options.after, options.limit + 1],
  )
  const removed =
    options.after === ''
      ? (
          await db.query<{ id_number: string }>(
            `SELECT id_number FROM insured_removed
              WHERE commune_code = $1 AND province_code = $2 AND removed_in > $3 ORDER BY id_number`,
            [communeCode, provinceCode, options.since],
          )
        ).map((r) => r.id_number)
      : []
  const page: InsuredPage = {
    version: Number(list?.version ?? 0),
    people: rows.slice(0, options.limit).map((r) => r.person),
    removed,
  }
  const last = rows[options.limit - 1]
  if (rows.length > options.limit && last) page.next = last.id_number
  return page
}
