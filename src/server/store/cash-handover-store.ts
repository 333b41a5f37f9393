// Cash handovers: a collector's declaration, the supervisor's confirmation, and what
// the server received for the same collector and event to compare them with. Reads are scoped like
// registrations: staff their own, supervisors their team's, admins all.
import { randomUUID } from 'node:crypto'
import {
  compareHandover,
  type Handover,
  type HandoverConfirm,
  type HandoverCreate,
  type HandoverReviewRow,
  type ReceivedCash,
} from '../../domain/index.ts'
import { appendAudit } from './append-audit.ts'
import type { AuthUser } from './auth-user.ts'
import type { Db } from './db.ts'

interface HandoverRow {
  id: string
  event_id: string
  staff_id: string
  team_id: string | null
  declared_vnd: string
  receipt_nos: string[]
  declared_at: Date | string
  confirmed_vnd: string | null
  confirmed_by: string | null
  confirmed_at: Date | string | null
  comment: string | null
}

const HANDOVER_COLUMNS = `h.id, h.event_id, h.staff_id, h.team_id, h.declared_vnd::text AS declared_vnd, h.receipt_nos,
  h.declared_at, h.confirmed_vnd::text AS confirmed_vnd, h.confirmed_by, h.confirmed_at, h.comment`

function iso(v: Date | string): string {
  return (v instanceof Date ? v : new Date(v)).toISOString()
}

function toHandover(row: HandoverRow): Handover {
  const h: Handover = {
    id: row.id,
    eventId: row.event_id,
    staffId: row.staff_id,
    declaredVnd: Number(row.declared_vnd),
    receiptCount: row.receipt_nos.length,
    declaredAt: iso(row.declared_at),
  }
  if (row.confirmed_vnd !== null) h.confirmedVnd = Number(row.confirmed_vnd)
  if (row.confirmed_by !== null) h.confirmedBy = row.confirmed_by
  if (row.confirmed_at !== null) h.confirmedAt = iso(row.confirmed_at)
  if (row.comment !== null) h.comment = row.comment
  return h
}

/** A SQL condition on alias `alias` (which has owner/staff and team columns) for the caller's scope. */
function scope(user: AuthUser, alias: string, ownerColumn: string, index: number) {
  switch (user.role) {
    case 'admin':
      return { sql: 'TRUE', params: [] as unknown[] }
    case 'supervisor':
      return user.teamId === null
        ? { sql: 'FALSE', params: [] as unknown[] }
        : { sql: `${alias}.team_id = $${index}`, params: [user.teamId] as unknown[] }
    case 'staff':
      return { sql: `${alias}.${ownerColumn} = $${index}`, params: [user.id] as unknown[] }
  }
}

/** Per collector in scope: non-voided cash received for the event, the receipt numbers, voided count. */
async function receivedCash(
  db: Db,
  user: AuthUser,
  eventId: string,
  staffId?: string,
): Promise<ReceivedCash[]> {
  const s = scope(user, 'r', 'owner_id', 2)
  const params: unknown[] = [eventId, ...s.params]
  let staffClause = ''
  if (staffId !== undefined) {
    params.push(staffId)
    staffClause = ` AND r.owner_id = $${params.length}`
  }
  const rows = await db.query<{
    owner_id: string
    display_name: string
    computed: string
    receipt_nos: string[] | null
    voided: number
  }>(
    `SELECT r.owner_id, u.display_name,
            COALESCE(SUM(CASE WHEN NOT r.voided THEN r.amount_collected ELSE 0 END), 0)::text AS computed,
            jsonb_agg(r.record->'payment'->>'receiptNo') FILTER (WHERE jsonb_typeof(r.record->'payment') = 'object') AS receipt_nos,
            (COUNT(*) FILTER (WHERE r.voided))::int AS voided
       FROM registrations r JOIN users u ON u.id = r.owner_id
      WHERE r.event_id = $1 AND ${s.sql}${staffClause}
      GROUP BY r.owner_id, u.display_name`,
    params,
  )
  return rows.map((r) => ({
    staffId: r.owner_id,
    displayName: r.display_name,
    computedVnd: Number(r.computed),
    receiptNos: r.receipt_nos ?? [],
    voidedReceipts: r.voided,
  }))
}

export async function createHandover(
  db: Db,
  user: AuthUser,
  input: HandoverCreate,
  now: Date,
): Promise<HandoverReviewRow> {
  return db.transaction(async (tx) => {
    const own = { ...user, role: 'staff' as const }
    const [received] = await receivedCash(tx, own, input.eventId)
    const computedVnd = received?.computedVnd ?? 0
    const id = randomUUID()
    const [row] = await tx.query<HandoverRow>(
      `INSERT INTO cash_handovers AS h (id, event_id, staff_id, team_id, declared_vnd, receipt_nos, computed_vnd, declared_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${HANDOVER_COLUMNS}`,
      [
        id,
        input.eventId,
        user.id,
        user.teamId,
        input.declaredVnd,
        JSON.stringify(input.receiptNos),
        computedVnd,
        now.toISOString(),
      ],
    )
    if (!row) throw new Error('cash handover insert returned nothing')
    await appendAudit(
      tx,
      {
        actorId: user.id,
        action: 'cash.handover',
        entity: 'cash_handover',
        entityId: id,
        detail: {
          eventId: input.eventId,
          declaredVnd: input.declaredVnd,
          computedVnd,
          receipts: input.receiptNos.length,
        },
      },
      now,
    )
    return compareHandover(
      received ?? {
        staffId: user.id,
        displayName: user.displayName,
        computedVnd: 0,
        receiptNos: [],
        voidedReceipts: 0,
      },
      toHandover(row),
      input.receiptNos,
    )
  })
}

/** One row per collector in scope who has registrations or a declaration for the event. */
export async function listHandovers(db: Db, user: AuthUser, eventId: string): Promise<HandoverReviewRow[]> {
  const received = await receivedCash(db, user, eventId)
  const s = scope(user, 'h', 'staff_id', 2)
  // The latest declaration of each collector.
  const rows = await db.query<HandoverRow & { display_name: string }>(
    `SELECT DISTINCT ON (h.staff_id) ${HANDOVER_COLUMNS}, u.display_name
       FROM cash_handovers h JOIN users u ON u.id = h.staff_id
      WHERE h.event_id = $1 AND ${s.sql}
      ORDER BY h.staff_id, h.declared_at DESC, h.seq DESC`,
    [eventId, ...s.params],
  )
  const byStaff = new Map(received.map((r) => [r.staffId, r]))
  const out: HandoverReviewRow[] = []
  const declared = new Map(rows.map((r) => [r.staff_id, r]))
  for (const r of received) {
    const row = declared.get(r.staffId)
    out.push(compareHandover(r, row ? toHandover(row) : null, row?.receipt_nos ?? []))
  }
  for (const row of rows) {
    if (byStaff.has(row.staff_id)) continue
    const empty = {
      staffId: row.staff_id,
      displayName: row.display_name,
      computedVnd: 0,
      receiptNos: [],
      voidedReceipts: 0,
    }
    out.push(compareHandover(empty, toHandover(row), row.receipt_nos))
  }
  return out.sort(
    (a, b) => a.displayName.localeCompare(b.displayName, 'vi') || (a.staffId < b.staffId ? -1 : 1),
  )
}

/** 'not_found' also when the handover is outside the supervisor's team: its existence is not disclosed. */
export async function confirmHandover(
  db: Db,
  user: AuthUser,
  id: string,
  input: HandoverConfirm,
  now: Date,
): Promise<HandoverReviewRow | 'not_found' | 'own'> {
  return db.transaction(async (tx) => {
    const s = scope(user, 'h', 'staff_id', 2)
    const [found] = await tx.query<HandoverRow>(
      `SELECT ${HANDOVER_COLUMNS} FROM cash_handovers h WHERE h.id = $1 AND ${s.sql} FOR UPDATE`,
      [id, ...s.params],
    )
    if (!found) return 'not_found'
    // Four eyes on cash: whoever declared a hand-over never confirms it.
    if (found.staff_id === user.id) return 'own'
    const [row] = await tx.query<HandoverRow>(
      `UPDATE cash_handovers AS h SET confirmed_vnd = $2, confirmed_by = $3, confirmed_at = $4, comment = $5
        WHERE h.id = $1 RETURNING ${HANDOVER_COLUMNS}`,
      [id, input.confirmedVnd, user.id, now.toISOString(), input.comment ?? null],
    )
    if (!row) return 'not_found'
    const [received] = await receivedCash(tx, { ...user, role: 'admin' }, row.event_id, row.staff_id)
    await appendAudit(
      tx,
      {
        actorId: user.id,
        action: 'cash.confirm',
        entity: 'cash_handover',
        entityId: id,
        detail: {
          eventId: row.event_id,
          staffId: row.staff_id,
          declaredVnd: Number(row.declared_vnd),
          confirmedVnd: input.confirmedVnd,
          computedVnd: received?.computedVnd ?? 0,
        },
      },
      now,
    )
    const [staff] = await tx.query<{ display_name: string }>('SELECT display_name FROM users WHERE id = $1', [
      row.staff_id,
    ])
    return compareHandover(
      received ?? {
        staffId: row.staff_id,
        displayName: staff?.display_name ?? '',
        computedVnd: 0,
        receiptNos: [],
        voidedReceipts: 0,
      },
      toHandover(row),
      row.receipt_nos,
    )
  })
}
