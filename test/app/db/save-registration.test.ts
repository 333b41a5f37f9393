import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Registration } from '../../../src/domain/index.ts'
import { LockedError, lockNow, requireDataKey } from '../../../src/app/db/data-key.ts'
import { db } from '../../../src/app/db/db.ts'
import { saveDraft } from '../../../src/app/db/drafts.ts'
import { getRegistration, recordContext, sealReview } from '../../../src/app/db/registrations-repo.ts'
import { unseal } from '../../../src/app/db/sealed-box.ts'
import {
  readReceiptState,
  saveRegistration,
  StaleRevisionError,
} from '../../../src/app/db/save-registration.ts'
import { formatReceiptNo } from '../../../src/domain/receipt/receipt-no.ts'
import { freshUnlockedPhone, TEST_DEVICE } from './test-data-key.ts'

const DEVICE = TEST_DEVICE

function registration(
  id: string,
  payment: Registration['payment'] = {
    method: 'cash',
    amountCollected: 1_366_200,
    receiptNo: 'PLACEHOLDER-000000',
  },
): Registration {
  return {
    id,
    revision: 1,
    deviceId: DEVICE,
    eventId: 'ev-1',
    collectedAt: '2026-11-25T09:00:00+07:00',
    participants: [
      {
        fullName: 'Giàng A Páo',
        idNumber: '010090001234',
        dateOfBirth: '1990',
        sex: 'male',
        ethnicityCode: '08',
        address: { provinceCode: '15', commune: 'Xã Y Tý' },
        consent: true,
        hi: { months: 12, householdOrder: 1, amountDue: 1_366_200 },
        services: { vssidAssisted: false, cashlessPension: false },
      },
    ],
    payment,
  }
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

beforeEach(freshUnlockedPhone)

describe('saveRegistration', () => {
  it('writes the registration, its outbox entry and the counter together', async () => {
    await saveDraft('enrol', { a: 1 }, 1)
    const result = await saveRegistration(registration(uuid(1)), { draftKey: 'enrol', now: 1000 })
    expect(result).toEqual({ id: uuid(1), revision: 1, receiptNo: 'LC017-000001' })
    const local = await getRegistration(uuid(1))
    expect(local).toMatchObject({ revision: 1, syncState: 'waiting', ackedRevision: 0, savedAt: 1000 })
    expect(local?.record.payment?.receiptNo).toBe('LC017-000001')
    expect(await db.outbox.get(uuid(1))).toEqual({ id: uuid(1), revision: 1, enqueuedAt: 1000, attempts: 0 })
    expect((await db.settings.get('receiptSeq'))?.value).toBe(1)
    expect(await db.drafts.get('enrol')).toBeUndefined()
  })

  it('seals the record with its real receipt number and revision, never a placeholder', async () => {
    const { payment } = registration(uuid(5))
    const unnumbered = { ...registration(uuid(5)), payment: payment && { ...payment, receiptNo: undefined } }
    await saveRegistration(unnumbered)
    await saveRegistration({ ...registration(uuid(5)), revision: 2 })
    const row = await db.registrations.get(uuid(5))
    const body = await unseal<Registration>(requireDataKey(), row!.sealed!, recordContext(uuid(5)))
    expect(body.revision).toBe(2)
    expect(body.payment?.receiptNo).toBe('LC017-000001')
    expect(JSON.stringify(body)).not.toContain('PLACEHOLDER')
  })

  it('seals again with the next number when another tab takes this one while it seals', async () => {
    const encrypt = crypto.subtle.encrypt.bind(crypto.subtle)
    let raced = false
    const spy = vi.spyOn(crypto.subtle, 'encrypt').mockImplementation(async (...args) => {
      if (!raced) {
        raced = true
        // The other tab's save: it took number 1 between this tab's plan and its transaction.
        await db.settings.put({ key: 'receiptSeq', value: 1 })
      }
      return encrypt(...args)
    })
    try {
      const saved = await saveRegistration(registration(uuid(6)))
      expect(saved.receiptNo).toBe('LC017-000002')
    } finally {
      spy.mockRestore()
    }
    const body = await unseal<Registration>(
      requireDataKey(),
      (await db.registrations.get(uuid(6)))!.sealed!,
      recordContext(uuid(6)),
    )
    expect(body.payment?.receiptNo).toBe('LC017-000002')
    expect((await db.settings.get('receiptSeq'))?.value).toBe(2)
  })

  it('takes the next number when what the form read ahead went stale before the save', async () => {
    // The form reads ahead as it opens; another save takes number 1 before this one runs.
    const readAhead = readReceiptState(uuid(7))
    await saveRegistration(registration(uuid(8)))
    const saved = await saveRegistration(registration(uuid(7)), { receiptState: readAhead })
    expect(saved.receiptNo).toBe('LC017-000002')
    expect((await getRegistration(uuid(7)))?.record.payment?.receiptNo).toBe('LC017-000002')
    expect((await db.settings.get('receiptSeq'))?.value).toBe(2)
  })

  it('numbers under the device’s prefix at the save, not the one read as the form opened', async () => {
    const readAhead = readReceiptState(uuid(10))
    await readAhead
    await db.settings.put({ key: 'device', value: { deviceId: DEVICE, receiptPrefix: 'LC018' } })
    const saved = await saveRegistration(registration(uuid(10)), { receiptState: readAhead })
    expect(saved.receiptNo).toBe('LC018-000001')
    expect((await getRegistration(uuid(10)))?.record.payment?.receiptNo).toBe('LC018-000001')
  })

  it('uses what the form read ahead when nothing moved meanwhile', async () => {
    const readAhead = readReceiptState(uuid(9))
    const saved = await saveRegistration(registration(uuid(9)), { receiptState: readAhead })
    expect(saved.receiptNo).toBe('LC017-000001')
    expect((await db.settings.get('receiptSeq'))?.value).toBe(1)
  })

  it('leaves nothing behind when a write in the middle fails', async () => {
    await saveDraft('enrol', { a: 1 }, 1)
    const failOutbox = () => {
      throw new Error('disk full')
    }
    db.outbox.hook('creating', failOutbox)
    try {
      await expect(saveRegistration(registration(uuid(2)), { draftKey: 'enrol' })).rejects.toThrow()
    } finally {
      db.outbox.hook('creating').unsubscribe(failOutbox)
    }
    expect(await db.registrations.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
    expect(await db.settings.get('receiptSeq')).toBeUndefined()
    expect(await db.drafts.get('enrol')).toBeDefined()
    // The next save still gets the first number: the failed one was never issued.
    expect((await saveRegistration(registration(uuid(3)))).receiptNo).toBe('LC017-000001')
  })

  it('issues strictly increasing, never repeated receipt numbers across 100 saves', async () => {
    const saves = await Promise.all(
      Array.from({ length: 100 }, (_, i) => saveRegistration(registration(uuid(100 + i)))),
    )
    const numbers = saves.map((s) => s.receiptNo ?? '')
    expect(new Set(numbers).size).toBe(100)
    const bySave = [...numbers].sort()
    expect(bySave[0]).toBe('LC017-000001')
    expect(bySave[99]).toBe('LC017-000100')
    const sequential: string[] = []
    for (let i = 0; i < 5; i++)
      sequential.push((await saveRegistration(registration(uuid(300 + i)))).receiptNo ?? '')
    expect(sequential).toEqual([101, 102, 103, 104, 105].map((n) => formatReceiptNo('LC017', n)))
    expect(await db.outbox.count()).toBe(105)
  })

  it('stores the personal fields sealed, and only ids, states, event, number, amounts and ID tags in clear', async () => {
    await saveRegistration(registration(uuid(6)), { now: 5 })
    const row = await db.registrations.get(uuid(6))
    expect(row).toMatchObject({
      eventId: 'ev-1',
      receiptNo: 'LC017-000001',
      amount: 1_366_200,
      cash: { vsiVnd: 0, hiVnd: 1_366_200, voided: false },
    })
    expect(row?.sealed?.iv.byteLength).toBe(12)
    expect(JSON.stringify(row)).not.toMatch(/Giàng|010090001234|Y Tý/)
    expect(Object.keys(row ?? {}).sort()).toEqual(
      [
        'ackedRevision',
        'amount',
        'cash',
        'eventId',
        'id',
        'idTags',
        'receiptNo',
        'revision',
        'savedAt',
        'sealed',
        'syncState',
      ].sort(),
    )
  })

  it('uses a fresh IV for every write', async () => {
    await saveRegistration(registration(uuid(7)))
    const first = (await db.registrations.get(uuid(7)))?.sealed?.iv
    await saveRegistration({ ...registration(uuid(7)), revision: 2 })
    const second = (await db.registrations.get(uuid(7)))?.sealed?.iv
    expect(Buffer.from(first ?? []).equals(Buffer.from(second ?? []))).toBe(false)
  })

  it('refuses to save while locked, and writes nothing', async () => {
    lockNow()
    await expect(saveRegistration(registration(uuid(8)))).rejects.toThrow(LockedError)
    expect(await db.registrations.count()).toBe(0)
    expect(await db.settings.get('receiptSeq')).toBeUndefined()
  })

  it('gives no receipt number when nothing is due', async () => {
    const reg = registration(uuid(4), null)
    const p = reg.participants[0]!
    delete p.hi
    p.services.vssidAssisted = true
    expect((await saveRegistration(reg)).receiptNo).toBeNull()
    expect(await db.settings.get('receiptSeq')).toBeUndefined()
  })

  it('saves a correction as the next revision, keeping id and receipt number', async () => {
    await saveRegistration(registration(uuid(5)), { now: 1 })
    await db.registrations.update(uuid(5), {
      syncState: 'sent',
      ackedRevision: 1,
      review: await sealReview(uuid(5), { status: 'returned', comment: 'Sai năm sinh' }, requireDataKey()),
    })
    await db.outbox.delete(uuid(5))
    const corrected = { ...registration(uuid(5)), revision: 2 }
    corrected.participants[0]!.dateOfBirth = '1991'
    const result = await saveRegistration(corrected, { draftKey: `enrol:${uuid(5)}`, now: 2 })
    expect(result).toEqual({ id: uuid(5), revision: 2, receiptNo: 'LC017-000001' })
    const local = await getRegistration(uuid(5))
    expect(local).toMatchObject({ revision: 2, syncState: 'waiting', ackedRevision: 1 })
    expect(local?.record.revision).toBe(2)
    expect(local?.record.participants[0]?.dateOfBirth).toBe('1991')
    expect(local?.review).toEqual({ status: 'returned', comment: 'Sai năm sinh' })
    expect(await db.outbox.get(uuid(5))).toMatchObject({ revision: 2, enqueuedAt: 2 })
    expect((await db.settings.get('receiptSeq'))?.value).toBe(1)
  })

  it('refuses a revision that does not follow the stored one: two tabs never overwrite each other', async () => {
    // Tab A and tab B open revision 1. Tab A saves the village (revision 2); tab B, still on 1, saves a phone.
    await saveRegistration(registration(uuid(9)), { now: 1 })
    const tabA = { ...registration(uuid(9)), revision: 2 }
    tabA.participants[0]!.address = { ...tabA.participants[0]!.address, village: 'Thôn Phìn Ngan' }
    await saveRegistration(tabA, { now: 2 })
    const tabB = { ...registration(uuid(9)), revision: 2 }
    tabB.participants[0]!.phone = '0912345678'
    const refused = saveRegistration(tabB, { draftKey: `enrol:${uuid(9)}`, now: 3 })
    await expect(refused).rejects.toBeInstanceOf(StaleRevisionError)
    await expect(refused).rejects.toMatchObject({ storedRevision: 2, startedFrom: 1 })
    const local = await getRegistration(uuid(9))
    expect(local?.revision).toBe(2)
    expect(local?.record.participants[0]?.address.village).toBe('Thôn Phìn Ngan')
    expect(await db.outbox.get(uuid(9))).toMatchObject({ revision: 2 })
    // Saved on purpose on top of what tab A stored: revision 3 with both changes the collector kept.
    const onTop = { ...tabB, revision: 3 }
    onTop.participants[0]!.address = tabA.participants[0]!.address
    await saveRegistration(onTop, { now: 4 })
    const merged = await getRegistration(uuid(9))
    expect(merged?.record.participants[0]).toMatchObject({
      phone: '0912345678',
      address: { village: 'Thôn Phìn Ngan' },
    })
  })
})
