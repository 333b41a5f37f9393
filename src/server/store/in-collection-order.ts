import type { Db } from './db.ts'

/**
 * The registrations (alias `r`) that `where` selects, `size` at a time, oldest collected first: keyset pages on
 * (collected_at, id), each its own short query, so memory holds one page whatever the total and other
 * requests interleave on the one PGlite connection. `columns` must include `r.collected_at::text AS at` and
 * `r.id::text AS id`, which carry the keyset from one page to the next. Empty pages are not yielded.
 */
export async function* inCollectionOrder<T extends { at: string; id: string }>(
  db: Db,
  columns: string,
  where: string,
  params: readonly unknown[],
  size: number,
): AsyncGenerator<T[]> {
  let after: { at: string; id: string } | undefined
  for (;;) {
    const page = [...params]
    let keyset = ''
    if (after) {
      page.push(after.at, after.id)
      keyset = ` AND (r.collected_at, r.id) > ($${page.length - 1}::timestamptz, $${page.length}::uuid)`
    }
    page.push(size)
    const rows = await db.query<T>(
      `SELECT ${columns} FROM registrations r WHERE ${where}${keyset}
        ORDER BY r.collected_at, r.id LIMIT $${page.length}`,
      page,
    )
    if (rows.length > 0) yield rows
    const last = rows.at(-1)
    if (!last || rows.length < size) return
    after = { at: last.at, id: last.id }
  }
}
