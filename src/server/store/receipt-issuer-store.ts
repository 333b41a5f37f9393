// The receipt issuer settings (migration 0020): the office's row and per-team rows, and which one applies to
// a collector. Every change is audited without its content (names of units are not personal, but the audit
// detail holds codes only by rule).
import type { ReceiptIssuer } from '../../domain/receipt/receipt-issuer.ts'
import { appendAudit } from './append-audit.ts'
import type { Db } from './db.ts'
import { toIso } from './to-iso.ts'

export interface ReceiptIssuerRow extends ReceiptIssuer {
  /** null: the province office's default. */
  teamId: string | null
  updatedAt: string
}

interface Row {
  scope: string
  unit_name: string
  unit_address: string
  tax_code: string
  form_code: string
  series: string
  updated_at: Date | string
}

const COLUMNS = 'scope, unit_name, unit_address, tax_code, form_code, series, updated_at'

const scopeOf = (teamId: string | null) => (teamId === null ? 'office' : `team:${teamId}`)

function issuerOf(r: Row): ReceiptIssuer {
  return {
    unitName: r.unit_name,
    unitAddress: r.unit_address,
    taxCode: r.tax_code,
    formCode: r.form_code,
    series: r.series,
  }
}

function rowOf(r: Row): ReceiptIssuerRow {
  return {
    teamId: r.scope === 'office' ? null : r.scope.slice('team:'.length),
    ...issuerOf(r),
    updatedAt: toIso(r.updated_at),
  }
}

export async function listReceiptIssuers(db: Db): Promise<ReceiptIssuerRow[]> {
  // The office first, then teams by id.
  const rows = await db.query<Row>(`SELECT ${COLUMNS} FROM receipt_issuers ORDER BY scope <> 'office', scope`)
  return rows.map(rowOf)
}

/** `team_not_found` when the team does not exist. */
export async function setReceiptIssuer(
  db: Db,
  teamId: string | null,
  issuer: ReceiptIssuer,
  actorId: string,
  now: Date,
): Promise<ReceiptIssuerRow | 'team_not_found'> {
  return db.transaction(async (tx) => {
    if (teamId !== null) {
      const [team] = await tx.query('SELECT 1 FROM teams WHERE id = $1', [teamId])
      if (!team) return 'team_not_found'
    }
    const [row] = await tx.query<Row>(
      `INSERT INTO receipt_issuers (scope, unit_name, unit_address, tax_code, form_code, series, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (scope) DO UPDATE SET unit_name = $2, unit_address = $3, tax_code = $4, form_code = $5,
         series = $6, updated_by = $7, updated_at = $8
       RETURNING ${COLUMNS}`,
      [
        scopeOf(teamId),
        issuer.unitName,
        issuer.unitAddress,
        issuer.taxCode,
        issuer.formCode,
        issuer.series,
        actorId,
        now.toISOString(),
      ],
    )
    await appendAudit(
      tx,
      { actorId, action: 'receipt_issuer.set', entity: 'receipt_issuer', entityId: scopeOf(teamId) },
      now,
    )
    if (!row) throw new Error('receipt issuer upsert returned no row')
    return rowOf(row)
  })
}

/** Removes a team's own row (its receipts fall back to the office's); false when there was none. */
export async function deleteReceiptIssuer(
  db: Db,
  teamId: string,
  actorId: string,
  now: Date,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const gone = await tx.query('DELETE FROM receipt_issuers WHERE scope = $1 RETURNING scope', [
      scopeOf(teamId),
    ])
    if (gone.length === 0) return false
    await appendAudit(
      tx,
      { actorId, action: 'receipt_issuer.delete', entity: 'receipt_issuer', entityId: scopeOf(teamId) },
      now,
    )
    return true
  })
}

/** What a collector's receipts carry: their team's row, else the office's, else nothing set yet. */
export async function receiptIssuerFor(db: Db, userId: string): Promise<ReceiptIssuer | null> {
  const rows = await db.query<Row>(
    `SELECT ${COLUMNS.split(', ')
      .map((c) => `i.${c}`)
      .join(', ')}
       FROM receipt_issuers i
       LEFT JOIN users u ON u.id = $1
      WHERE i.scope = 'office' OR i.scope = 'team:' || u.team_id
      ORDER BY i.scope = 'office'
      LIMIT 1`,
    [userId],
  )
  return rows[0] ? issuerOf(rows[0]) : null
}
