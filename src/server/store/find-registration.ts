import { cardCovers } from '../../domain/insured/plan-renewal.ts'
import { fromRow, type InsuredRow } from '../../domain/insured/insured-person.ts'
import { vietnamDate } from '../../domain/registration/local-date.ts'
import { defaultRules } from '../../domain/rules/default-rules.ts'
import type { RuleSet } from '../../domain/rules/rule-set.ts'
import type { RegistrationDetail } from '../../domain/api/review.ts'
import type { Registration, ReviewDecision, ReviewStatus } from '../../domain/index.ts'
import type { AuthUser } from './auth-user.ts'
import { AUDIT_COLUMNS, toAuditView, type AuditRow, type AuditView } from './audit-entry-row.ts'
import type { Db } from './db.ts'
import { flagsOf, flagsForCaller } from './flags-of.ts'
import {
  registrationColumns,
  REGISTRATION_JOINS,
  toSummary,
  type RegistrationRow,
} from './registration-row.ts'
import { registrationScope } from './registration-scope.ts'
import { toIso } from './to-iso.ts'

/** One registration with its history, or undefined when it does not exist or is outside the caller's scope. */
export async function findRegistration(
  db: Db,
  user: AuthUser,
  id: string,
  rules: RuleSet = defaultRules,
): Promise<RegistrationDetail | undefined> {
  const scope = registrationScope(user, 2)
  const [row] = await db.query<RegistrationRow>(
    `SELECT ${registrationColumns(user.role)} FROM registrations r ${REGISTRATION_JOINS} WHERE r.id = $1 AND ${scope.sql}`,
    [id, ...scope.params],
  )
  if (!row) return undefined
  const revisions = await db.query<{ revision: number; received_at: Date; record: Registration }>(
    'SELECT revision, received_at, record FROM registration_revisions WHERE registration_id = $1 ORDER BY revision',
    [id],
  )
  const reviews = await db.query<{
    revision: number
    decision: ReviewDecision
    status: ReviewStatus
    comment: string | null
    override_reason: string | null
    username: string
    display_name: string
    decided_at: Date
  }>(
    `SELECT v.revision, v.decision, v.status, v.comment, v.override_reason, u.username, u.display_name, v.decided_at
       FROM reviews v JOIN users u ON u.id = v.decided_by WHERE v.registration_id = $1 ORDER BY v.id`,
    [id],
  )
  const history = await db.query<AuditRow>(
    `SELECT ${AUDIT_COLUMNS} FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id
      WHERE a.entity = 'registration' AND a.entity_id = $1 ORDER BY a.id`,
    [id],
  )
  return {
    ...toSummary(row),
    revisions: revisions.map((r) => ({
      revision: r.revision,
      receivedAt: toIso(r.received_at),
      registration: r.record,
    })),
    reviews: reviews.map((v) => ({
      revision: v.revision,
      decision: v.decision,
      status: v.status,
      ...(v.comment !== null ? { comment: v.comment } : {}),
      ...(v.override_reason !== null ? { override: { reason: v.override_reason } } : {}),
      decidedBy: v.username,
      decidedByName: v.display_name,
      decidedAt: toIso(v.decided_at),
    })),
    flags: flagsForCaller(await flagsOf(db, user, id)),
    listCards: await listCardsOf(db, revisions.at(-1)?.record, rules),
    history: history.map((a) => hideFlagCounts(user, toAuditView(a))),
  }
}

/**
 * Staff read their registration's history too; its push entries count the flags the push raised, against any
 * registration. A collector may learn only of flags about their own records, so the counts go.
 */
function hideFlagCounts(user: AuthUser, entry: AuditView): AuditView {
  if (user.role !== 'staff' || entry.detail === null || typeof entry.detail !== 'object') return entry
  const { hardFlags: _h, softFlags: _s, ...detail } = entry.detail as Record<string, unknown>
  return { ...entry, detail }
}

/**
 * The household HI participants of `reg` whose card is on the office's list (any province), and whether that
 * card already covers the period paid (domain `cardCovers`, at the Vietnam date of collection).
 */
async function listCardsOf(
  db: Db,
  reg: Registration | undefined,
  rules: RuleSet,
): Promise<NonNullable<RegistrationDetail['listCards']>> {
  const withHi = (reg?.participants ?? []).flatMap((p, i) => (p.hi ? [{ p, i, months: p.hi.months }] : []))
  if (!reg || withHi.length === 0) return []
  const rows = await db.query<{ person: InsuredRow }>(
    'SELECT person FROM insured_people WHERE id_number = ANY($1::text[])',
    [withHi.map((x) => x.p.idNumber)],
  )
  const byId = new Map(rows.map((r) => [r.person[0], fromRow(r.person)]))
  const on = vietnamDate(reg.collectedAt)
  return withHi.flatMap(({ p, i, months }) => {
    const person = byId.get(p.idNumber)
    if (person?.hiTo === undefined) return []
    return [{ participantIndex: i, hiTo: person.hiTo, covers: cardCovers(person, on, months, rules) }]
  })
}
