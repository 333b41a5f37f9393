// Device-store fixtures for the sync tests: a registration saved the way the enrol form saves it
// (record + outbox entry in one transaction).
import type { Registration } from '../../../src/domain/index.ts'
import { requireDataKey } from '../../../src/app/db/data-key.ts'
import { db } from '../../../src/app/db/db.ts'
import { openRegistration, sealRegistration } from '../../../src/app/db/registrations-repo.ts'
import type { LocalRegistration } from '../../../src/app/db/schema.ts'
import { unlockForTest } from '../db/test-data-key.ts'

export const DEVICE_ID = '0b0b0b0b-0000-4000-8000-000000000001'

export function makeRecord(id: string, revision: number): Registration {
  return {
    id,
    revision,
    deviceId: DEVICE_ID,
    eventId: 'demo-event',
    collectedAt: '2025-09-15T09:30:00+07:00',
    participants: [
      {
        fullName: 'Nguyễn Văn An',
        idNumber: '001085012345',
        dateOfBirth: '1985',
        sex: 'male',
        ethnicityCode: '01',
        address: { provinceCode: '01', commune: 'Phường Ba Đình' },
        consent: true,
        services: { vssidAssisted: true, cashlessPension: false },
      },
    ],
    payment: null,
  }
}

/** Saves revision `revision` of `id` and enqueues it, as the form does. */
export function saveRevision(id: string, revision: number, at = revision): Promise<void> {
  return saveRecord(makeRecord(id, revision), at)
}

/** Saves a wire record and its outbox entry in one transaction, keeping what the device knew before. */
export async function saveRecord(record: Registration, at = record.revision): Promise<void> {
  const { id, revision } = record
  const key = requireDataKey()
  const priorRow = await db.registrations.get(id)
  const prior = priorRow ? await openRegistration(priorRow) : undefined
  const local: LocalRegistration = {
    ...(prior ?? { ackedRevision: 0 }),
    id,
    revision,
    record,
    syncState: 'waiting',
    savedAt: at,
  }
  // Sealed before the transaction, as the app does (save-registration.ts).
  const row = await sealRegistration(local, key)
  await db.transaction('rw', db.registrations, db.outbox, async () => {
    await db.registrations.put(row)
    await db.outbox.put({ id, revision, enqueuedAt: at, attempts: 0 })
  })
}

/** Empties the device store and unlocks with a fresh data key. */
export async function clearStore(): Promise<void> {
  await Promise.all(db.tables.map((t) => t.clear()))
  await unlockForTest()
}

export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
