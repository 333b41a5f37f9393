// The one writer of new revisions: the registration, its outbox entry, the receipt counter and the
// draft change together in one Dexie transaction, so a crash can never leave a receipt number issued
// without its record, or a record that will never be pushed.
import { formatReceiptNo } from '../../domain/receipt/receipt-no.ts'
import type { Registration, UnnumberedRegistration } from '../../domain/registration/registration-schema.ts'
import { requireDataKey } from './data-key.ts'
import { db } from './db.ts'
import { clearColumnsOf, sealRecord } from './registrations-repo.ts'
import { recordIdTags } from './id-tags.ts'
import type { DeviceInfo } from './settings.ts'
import type { StoredRegistration } from './schema.ts'
import { oneAtATime } from './one-at-a-time.ts'

export interface SaveResult {
  id: string
  revision: number
  receiptNo: string | null
}

export interface SaveOptions {
  /** Draft to delete in the same transaction ('enrol' or 'enrol:<id>'). */
  draftKey?: string
  /** Local save time (ms); defaults to now. */
  now?: number
  /**
   * Resolving a conflict: the server already holds this revision of the registration (another phone's), so
   * the new revision must come after it as well as after the stored one (resolve-conflict.ts).
   */
  afterServerRevision?: number
  /**
   * What `readReceiptState` started reading for this registration before the save was asked (as the form
   * opened, or while it was being checked). Only the first attempt uses it; the transaction checks it like
   * any plan, the device's receipt prefix included.
   */
  receiptState?: Promise<ReceiptState> | undefined
}

/**
 * Another tab (or a sync answer) saved this registration after the form opened it: `reg.revision` is not
 * the revision after the stored one. Nothing was written; the caller shows both versions.
 */
export class StaleRevisionError extends Error {
  constructor(
    readonly storedRevision: number,
    readonly startedFrom: number,
  ) {
    super(`Revision ${storedRevision} was saved meanwhile; this one started from ${startedFrom}`)
    this.name = 'StaleRevisionError'
  }
}

/**
 * Saves `reg` as a new registration or as the next revision of one already on the device. `reg.revision`
 * says which: the writer decides it from the revision it opened (1 for a new one), and it must be exactly
 * the stored revision + 1 — otherwise someone saved in between and StaleRevisionError is thrown, so a
 * correction made in another tab is never silently overwritten. A new registration with money due is given
 * the device's next receipt number here; a correction keeps the number its first revision was given,
 * whatever `reg` says. Throws LockedError when the app is locked.
 *
 * The record is sealed whole, with its real revision and receipt number, BEFORE the transaction opens.
 * IndexedDB commits a transaction as soon as a task ends with no request pending on it; an
 * `await crypto.subtle.encrypt()` inside would end the task and commit half the writes (Dexie.waitFor()
 * could hold it open only by spinning dummy requests on a cheap phone's CPU). So the number is chosen
 * outside, from the counter as read, and the transaction checks that nobody moved the counter or saved this
 * registration meanwhile: if another tab took that number first, the record is sealed again with the next
 * one. Numbers are never skipped and never given twice.
 */
export function saveRegistration(
  reg: UnnumberedRegistration,
  options: SaveOptions = {},
): Promise<SaveResult> {
  return oneSaveAtATime(() => saveNow(reg, options))
}

/**
 * Saves queue up: in this tab by a promise chain, across tabs by a Web Lock where the browser has them, so
 * the optimistic check in saveNow almost never has to seal twice.
 */
const oneSaveAtATime = oneAtATime('ghidanh:save-registration')

async function saveNow(reg: UnnumberedRegistration, options: SaveOptions): Promise<SaveResult> {
  const now = options.now ?? Date.now()
  const key = requireDataKey()
  for (let attempt = 1; ; attempt++) {
    // What was read ahead, if it could be; otherwise (and on every later attempt) read now.
    const ahead = attempt === 1 ? await options.receiptState?.catch(() => undefined) : undefined
    const plan = planReceipt(reg, ahead ?? (await readReceiptState(reg.id)))
    const record: Registration = {
      ...reg,
      payment: reg.payment ? { ...reg.payment, receiptNo: plan.receiptNo ?? '' } : null,
    }
    const sealed = await sealRecord(record, key)
    const idTags = await recordIdTags(record, key)
    const result = await db.transaction(
      'rw',
      [db.registrations, db.outbox, db.settings, db.drafts],
      async () => {
        // Each read and each write is a round trip to the database, and on a cheap phone every round trip
        // waits behind whatever else the page is doing: both reads go out together, then all the writes.
        const [existing, seq, device] = await Promise.all([
          db.registrations.get(reg.id),
          readSeq(),
          plan.prefix === undefined ? undefined : db.settings.get('device'),
        ])
        const storedRevision = Math.max(existing?.revision ?? 0, options.afterServerRevision ?? 0)
        if (reg.revision !== storedRevision + 1)
          throw new StaleRevisionError(storedRevision, reg.revision - 1)
        if ((existing?.receiptNo ?? null) !== plan.existingReceiptNo || seq !== plan.seq) return undefined
        // A number taken under a prefix the device no longer has (read as the form opened): take it again.
        if (
          plan.prefix !== undefined &&
          (device?.value as DeviceInfo | undefined)?.receiptPrefix !== plan.prefix
        )
          return undefined
        const stored: StoredRegistration = {
          id: reg.id,
          revision: reg.revision,
          syncState: 'waiting',
          ackedRevision: existing?.ackedRevision ?? 0,
          savedAt: now,
          ...clearColumnsOf(record),
          sealed,
          idTags,
        }
        if (existing?.review) stored.review = existing.review
        // In this order; any that fails aborts the transaction, and with it the others.
        await Promise.all([
          plan.nextSeq === undefined
            ? undefined
            : db.settings.put({ key: 'receiptSeq', value: plan.nextSeq }),
          db.registrations.put(stored),
          db.outbox.put({ id: reg.id, revision: reg.revision, enqueuedAt: now, attempts: 0 }),
          options.draftKey ? db.drafts.delete(options.draftKey) : undefined,
        ])
        return { id: reg.id, revision: reg.revision, receiptNo: stored.receiptNo }
      },
    )
    if (result) {
      // The transaction has committed: `npm run bench` measures tap → this mark.
      performance.mark(SAVE_COMMITTED_MARK)
      return result
    }
    if (attempt >= 20) throw new Error('The receipt counter kept moving: another tab is saving without end')
  }
}

interface ReceiptPlan {
  /** The number the record is sealed with: the stored one, the next one, or null when nothing is due. */
  receiptNo: string | null
  /** What the transaction must still find, or the plan is stale. */
  existingReceiptNo: string | null
  seq: number
  /** The counter to write when a new number is taken. */
  nextSeq?: number
  /** The device's receipt prefix the new number was made with: the transaction checks it still is. */
  prefix?: string
}

/** What a save reads before it seals: the stored receipt number, the counter and the device. */
export interface ReceiptState {
  existingReceiptNo: string | null
  seq: number
  device: DeviceInfo | undefined
}

/**
 * Reads what saving registration `id` will need before it seals. The form starts it as it opens, so a tap
 * on Lưu does not wait for it (SaveOptions.receiptState).
 */
export function readReceiptState(id: string): Promise<ReceiptState> {
  return db.transaction('r', [db.registrations, db.settings], async () => {
    const [stored, seq, device] = await Promise.all([
      db.registrations.get(id),
      readSeq(),
      db.settings.get('device'),
    ])
    return {
      existingReceiptNo: stored?.receiptNo ?? null,
      seq,
      device: device?.value as DeviceInfo | undefined,
    }
  })
}

function planReceipt(reg: UnnumberedRegistration, state: ReceiptState): ReceiptPlan {
  const { existingReceiptNo, seq, device } = state
  if (!reg.payment || existingReceiptNo !== null)
    return { receiptNo: existingReceiptNo, existingReceiptNo, seq }
  if (!device) throw new Error('Device not registered: no receipt prefix')
  return {
    receiptNo: formatReceiptNo(device.receiptPrefix, seq + 1),
    existingReceiptNo,
    seq,
    nextSeq: seq + 1,
    prefix: device.receiptPrefix,
  }
}

async function readSeq(): Promise<number> {
  return ((await db.settings.get('receiptSeq'))?.value as number | undefined) ?? 0
}

export const SAVE_COMMITTED_MARK = 'ghidanh:save-committed'
