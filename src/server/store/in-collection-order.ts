import type { Db } from './db.ts'

/**
 * The registrations (alias `r`) that `where` selects, `size` at a time, oldest collected first: keyset pages on
 * (collected_at, id), each its own short query, so memory holds one page whatever the total and other
 * requests interleave on the one PGlite connection; the next page is read while the caller works on this one. `columns` must include `r.collected_at::text AS at` and
 * `r.id::text AS id`, which carry the keyset from one page to the next. Empty pages are not yielded.
 */
export async function* inCollectionOrder<T extends { at: string; id: string }>(
  db: Db,
  columns: string,
  where: string,
  params: readonly unknown[],
  size: number,
): AsyncGenerator<T[]> {
  const pageAfter = (after: { at: string; id: string } | undefined): Promise<T[]> => {
    const page = [...params]
    let keyset = ''
    if (after) {
      page.push(after.at, after.id)
      keyset = ` AND (r.collected_at, r.id) > ($${page.length - 1}::timestamptz, $${page.length}::uuid)`
    }
    page.push(size)
    return db.query<T>(
      `SELECT ${columns} FROM registrations r WHERE ${where}${keyset}
        ORDER BY r.collected_at, r.id LIMIT $${page.length}`,
      page,
    )
  }
  let next = pageAfter(undefined)
  for (;;) {
    const rows = await next
    const last = rows.at(-1)
    const more = last !== undefined && rows.length === size
    // The next page is asked for before this one is handed over: the database reads it while the caller
    // works on this one. A caller that stops early leaves it unread (its failure, if any, is dropped).
    if (more) {
      next = pageAfter({ at: last.at, id: last.id })
      next.catch(() => undefined)
    }
    if (rows.length > 0) yield rows
    if (!more) return
  }
}
