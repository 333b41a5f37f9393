import type { Db } from './db.ts'

const CHANGE_LOCK = 7_230_002

/**
 * The next pull-cursor value. The transaction-scoped lock makes writers commit in sequence order: without it,
 * a transaction holding seq 5 could commit after one holding seq 6, and a puller at cursor 6 would miss 5.
 * Take it last in a transaction, so it is held briefly.
 */
export async function takeChangeSeq(tx: Db): Promise<string> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [CHANGE_LOCK])
  const [row] = await tx.query<{ seq: string }>("SELECT nextval('registration_change_seq')::text AS seq")
  if (!row) throw new Error('nextval returned nothing')
  return row.seq
}
