import type { Db } from './db.ts'

export const CHANGE_LOCK = 7_230_002

/**
 * The change lock, held to the end of the transaction. Every transaction that writes a registration, its
 * people, flags or review takes it FIRST, before any row lock: the insert path used to take it and
 * then wait on rows that update and review held FOR UPDATE while they waited for it — a deadlock and a 500.
 * One order everywhere: this lock, then rows.
 */
export async function takeChangeLock(tx: Db): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [CHANGE_LOCK])
}

/**
 * The next pull-cursor value. The transaction-scoped lock makes writers commit in sequence order: without it,
 * a transaction holding seq 5 could commit after one holding seq 6, and a puller at cursor 6 would miss 5.
 * The caller has taken `takeChangeLock` at its start; taking it again here is a no-op that keeps this safe.
 */
export async function takeChangeSeq(tx: Db): Promise<string> {
  await takeChangeLock(tx)
  const [row] = await tx.query<{ seq: string }>("SELECT nextval('registration_change_seq')::text AS seq")
  if (!row) throw new Error('nextval returned nothing')
  return row.seq
}
