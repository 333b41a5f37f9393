// The one writer of new revisions: the registration, its outbox entry, the receipt counter and the
// draft change together in one Dexie transaction, so a crash can never leave a receipt number issued
// without its record, or a record that will never be pushed.
import { formatReceiptNo } from '../../domain/receipt/receipt-no.ts'
import type { Registration } from '../../domain/registration/registration-schema.ts'
import { requireDataKey } from './data-key.ts'
import { db } from './db.ts'
import { sealRecord } from './registrations-repo.ts'
import type { DeviceInfo } from './settings.ts'
import type { StoredRegistration } from './schema.ts'

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
 * correction made in another tab is never silently overwritten. The receipt number is assigned here,
 * inside the transaction: whatever `reg.payment.receiptNo` holds on entry is replaced. A correction keeps
 * the number its first revision was given. Throws LockedError when the app is locked.
 */
export async function saveRegistration(reg: Registration, options: SaveOptions = {}): Promise<SaveResult> {
  const now = options.now ?? Date.now()
  // Seal BEFORE the transaction opens. IndexedDB commits a transaction as soon as a task ends with no
  // request pending on it; an `await crypto.subtle.encrypt()` inside would end the task, the transaction
  // would commit half-done and the next write would fail (TransactionInactiveError). Dexie.waitFor() could
  // keep it open only by spinning dummy requests while the crypto runs: CPU on a cheap phone for nothing.
  // So the revision and the receipt number, which only the transaction can decide, are not in the sealed
  // body: they are clear columns, and registrations-repo.ts puts them back into the record on reading.
  const sealed = await sealRecord(reg, requireDataKey())
  const result = await db.transaction(
    'rw',
    [db.registrations, db.outbox, db.settings, db.drafts],
    async () => {
      const existing = await db.registrations.get(reg.id)
      const storedRevision = Math.max(existing?.revision ?? 0, options.afterServerRevision ?? 0)
      if (reg.revision !== storedRevision + 1) throw new StaleRevisionError(storedRevision, reg.revision - 1)
      const revision = reg.revision
      let receiptNo = existing?.receiptNo ?? null
      if (reg.payment && receiptNo === null) {
        const device = (await db.settings.get('device'))?.value as DeviceInfo | undefined
        if (!device) throw new Error('Device not registered: no receipt prefix')
        const seq = (((await db.settings.get('receiptSeq'))?.value as number | undefined) ?? 0) + 1
        await db.settings.put({ key: 'receiptSeq', value: seq })
        receiptNo = formatReceiptNo(device.receiptPrefix, seq)
      }
      const stored: StoredRegistration = {
        id: reg.id,
        revision,
        syncState: 'waiting',
        ackedRevision: existing?.ackedRevision ?? 0,
        savedAt: now,
        eventId: reg.eventId,
        receiptNo: reg.payment ? receiptNo : null,
        amount: reg.payment?.amountCollected ?? 0,
        sealed,
      }
      if (existing?.review) stored.review = existing.review
      await db.registrations.put(stored)
      await db.outbox.put({ id: reg.id, revision, enqueuedAt: now, attempts: 0 })
      if (options.draftKey) await db.drafts.delete(options.draftKey)
      return { id: reg.id, revision, receiptNo: stored.receiptNo }
    },
  )
  // The transaction has committed: `npm run bench` measures tap → this mark.
  performance.mark(SAVE_COMMITTED_MARK)
  return result
}

export const SAVE_COMMITTED_MARK = 'ghidanh:save-committed'
