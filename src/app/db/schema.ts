// Every Dexie version lives here and nowhere else. Keep each version that has an upgrade forever:
// a phone that last opened the app months ago must still upgrade cleanly.
import { Dexie, type EntityTable } from 'dexie'
import type { FieldIssue, Registration, Review } from '../../domain/index.ts'
import type { SealedBox } from './sealed-box.ts'
import { holdV1Draft, holdV1Registration } from './upgrades/hold-v1-plaintext.ts'
import type { CampaignEvent } from '../../domain/api/admin.ts'
import { cashLinesMiddleware, type StoredCashLine, type StoredCashTotals } from './cash-lines.ts'

/** Where a registration stands from this device's point of view. */
export type SyncState = 'waiting' | 'sent' | 'rejected' | 'conflict'

/**
 * A registration as the screens and the sync see it, decrypted (registrations-repo.ts). Never stored in
 * this shape since v2: see StoredRegistration.
 */
export interface LocalRegistration {
  id: string
  revision: number
  /** The wire record as last saved on this device. */
  record: Registration
  syncState: SyncState
  /** Revision the server last acknowledged (accepted or duplicate). */
  ackedRevision: number
  review?: Review
  errors?: FieldIssue[]
  /** Local save time, ms since epoch: orders the queue. */
  savedAt: number
  /** Voided receipt: kept, never reused. */
  voided?: { reason: string; at: string }
}

/** A review as stored: the supervisor's comment may name the citizen, so it is sealed. */
export interface StoredReview extends Omit<Review, 'comment'> {
  comment?: SealedBox
}

/**
 * A registration row since v2. Citizens' data (the whole wire record, the review comment) is sealed with
 * the data key (AES-GCM); what stays clear is what indexes, badges, counters and the sync need without
 * the key, and names nobody: ids, revisions, states, event, receipt number, amount, review status.
 * Exactly one of `sealed` and `held` is set.
 */
export interface StoredRegistration {
  id: string
  revision: number
  syncState: SyncState
  ackedRevision: number
  savedAt: number
  eventId: string
  /** The receipt number (also inside the record; this copy wins, see registrations-repo.ts). */
  receiptNo: string | null
  /** payment.amountCollected, 0 when nothing was due. */
  amount: number
  /**
   * The rest of what the cash summary adds up (registrations-repo.ts clearColumnsOf), so the cash screen
   * never decrypts a kept receipt. Absent on rows saved before it existed: those are opened instead.
   */
  cash?: { vsiVnd: number; hiVnd: number; voided: boolean }
  review?: StoredReview
  /** Server validation messages: field paths and codes, never the values. */
  errors?: FieldIssue[]
  voided?: { reason: string; at: string }
  /** The wire record, sealed with the data key (context `registration:<id>`). */
  sealed?: SealedBox
  /**
   * Keyed tags of the participants' ID numbers (id-tags.ts), indexed: never the numbers themselves. Set by
   * every writer of a record since v5; absent on older rows until the sweep after an unlock tags them.
   */
  idTags?: string[]
  /**
   * A v1 plaintext record waiting to be sealed: the upgrade to v2 runs before anyone has typed the PIN,
   * so it cannot encrypt. sealHeldRows() seals these at the first unlock.
   */
  held?: { record: Registration; review?: Review }
}

/** One entry per registration: the revision still to be pushed. Written only with its registration. */
export interface OutboxEntry {
  id: string
  revision: number
  enqueuedAt: number
  attempts: number
  lastError?: string
  /**
   * The server answered this revision `conflict` or `rejected`: it is not sent again by itself (no loop), but
   * it stays here, so it counts as unsynced (sign-out refuses, backups include it) until a newer revision
   * replaces it or the collector discards it on purpose. Indexed since v7, so the top bar counts what waits
   * to be sent without walking the outbox (use-sync-status.ts); entries without it are not in the index.
   */
  heldFor?: 'conflict' | 'rejected'
}

/** An unfinished form. Since v2 its values are sealed (context `draft:<key>`); `held` as for registrations. */
export interface Draft {
  key: string
  sealed?: SealedBox
  held?: unknown
  savedAt: number
}

export interface Setting {
  key: string
  value: unknown
}

/** An event as the phone keeps it for offline use: the contract's event without its team. */
export type LocalEvent = Omit<CampaignEvent, 'teamId'>

/**
 * A consultation (people advised) as stored: the record is sealed (it may name one person, with consent);
 * clear are what the home screen and the sync need and what names nobody.
 */
export interface StoredConsultation {
  id: string
  eventId: string
  savedAt: number
  /** `waiting` until the server stored it; `rejected` with the reasons (paths and codes, never values). */
  syncState: 'waiting' | 'sent' | 'rejected'
  errors?: FieldIssue[]
  /**
   * The day to come back to the person, while a follow-up is promised and open (indexed since v7): removed
   * when it is dealt with, so the index holds the open ones only. The sealed record keeps the day.
   */
  followUpOn?: string
  /** The collector dealt with the follow-up (enrolled them, or it is no longer needed). */
  followUpDone?: boolean
  /** The Consultation, sealed with the data key (context `consultation:<id>`). */
  sealed: SealedBox
}

/**
 * A slice of the agency's participant list for one commune (up to 2,000 people), sealed: names, ID numbers
 * and cards of people who never came to us. `chunk` 0.. per commune; staged slices of a download still in
 * progress have `staged: 1` until the last page arrives and they replace the live ones in one transaction.
 */
export interface InsuredChunk {
  key: string
  communeCode: string
  chunk: number
  staged: 0 | 1
  /** InsuredRow[], sealed with the data key (context `insured:<key>`). */
  sealed: SealedBox
}

/** The version that started sealing personal data. */
export const SEALED_RECORDS_VERSION = 2

export class GhiDanhDb extends Dexie {
  registrations!: EntityTable<StoredRegistration, 'id'>
  outbox!: EntityTable<OutboxEntry, 'id'>
  drafts!: EntityTable<Draft, 'key'>
  settings!: EntityTable<Setting, 'key'>
  events!: EntityTable<LocalEvent, 'id'>
  consultations!: EntityTable<StoredConsultation, 'id'>
  insured!: EntityTable<InsuredChunk, 'key'>
  cashLines!: EntityTable<StoredCashLine, 'id'>
  cashTotals!: EntityTable<StoredCashTotals, 'eventId'>

  constructor(name = 'ghidanh') {
    super(name)
    // v1: first schema.
    this.version(1).stores({
      registrations: 'id, syncState, savedAt, [record.eventId+savedAt]',
      outbox: 'id, enqueuedAt',
      drafts: 'key',
      settings: 'key',
      events: 'id',
    })
    // v2: personal data sealed at rest. The event index moves to the clear `eventId`. The upgrade has no
    // key (nobody has typed the PIN yet), so it only moves plaintext into `held`; the first unlock seals it.
    this.version(SEALED_RECORDS_VERSION)
      .stores({ registrations: 'id, syncState, savedAt, [eventId+savedAt]' })
      .upgrade(async (tx) => {
        await tx
          .table('registrations')
          .toCollection()
          .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
            ref.value = holdV1Registration(row)
          })
        await tx
          .table('drafts')
          .toCollection()
          .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
            ref.value = holdV1Draft(row)
          })
      })
    // v3: people advised. A new table only: nothing to move, so no upgrade function.
    this.version(3).stores({ consultations: 'id, syncState, savedAt' })
    // v4: the agency's participant list for the communes of the team's events. A new table only.
    this.version(4).stores({ insured: 'key, communeCode, [communeCode+staged]' })
    // v5: keyed tags of the participants' ID numbers, so the enrol form finds a person's earlier
    // registrations without opening every row (id-tags.ts). An index only: rows without tags are tagged
    // after an unlock, not here (the upgrade has no key).
    this.version(5).stores({ registrations: 'id, syncState, savedAt, [eventId+savedAt], *idTags' })
    // v6: the cash lines and each event's totals (cash-lines.ts), small clear copies of the rows' cash
    // figures that the middleware below writes with every registration write. New tables only: the rows
    // already on the phone get their lines after the database is open (fill-cash-lines.ts), never in the
    // upgrade, which must not fail.
    this.version(6).stores({ cashLines: 'id, eventId, [eventId+listed]', cashTotals: 'eventId' })
    // v7: two indexes, so that nothing done often walks a whole table one row per round trip. The outbox's
    // held entries: both counts on the top bar walked the outbox after every save, and the next save waited
    // for them, so a phone a week without signal saved slower with every record. The consultations'
    // follow-up day, while the follow-up is open: the home screen walked every consultation ever saved,
    // twice, each time it opened. Indexes only: IndexedDB builds them in the upgrade.
    this.version(7).stores({
      outbox: 'id, enqueuedAt, heldFor',
      consultations: 'id, syncState, savedAt, followUpOn',
    })
    this.use(cashLinesMiddleware)
    // A device store created at v6 or later has had the middleware from its first row: nothing to fill.
    this.on('populate', (tx) => {
      void tx.table('settings').put({ key: 'cashLinesComplete', value: true })
    })
  }
}
