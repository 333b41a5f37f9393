// Result application with recorded server answers (the shapes design.md promises for POST /api/sync/push).
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../src/app/db/db.ts'
import { requireDataKey } from '../../../src/app/db/data-key.ts'
import { getRegistration, sealReview } from '../../../src/app/db/registrations-repo.ts'
import { applyPushResults } from '../../../src/app/sync/apply-push-results.ts'
import { clearStore, saveRevision, uuid } from './fixtures.ts'

const A = uuid(1)

beforeEach(clearStore)

describe('applyPushResults', () => {
  it('accepted: marks sent, records the ack and empties the outbox entry', async () => {
    await saveRevision(A, 1)
    const tally = await applyPushResults([{ id: A, revision: 1, status: 'accepted' }])
    expect(tally).toEqual({ accepted: 1, duplicate: 0, rejected: 0, conflicts: 0 })
    expect(await db.outbox.get(A)).toBeUndefined()
    const local = await getRegistration(A)
    expect(local).toMatchObject({ syncState: 'sent', ackedRevision: 1, revision: 1 })
  })

  it('duplicate (retry after a lost answer) is an ack like accepted', async () => {
    await saveRevision(A, 1)
    await applyPushResults([{ id: A, revision: 1, status: 'duplicate' }])
    expect(await db.outbox.count()).toBe(0)
    expect(await getRegistration(A)).toMatchObject({ syncState: 'sent', ackedRevision: 1 })
  })

  it('rejected: keeps the record with its errors, held in the outbox (unsynced) until it is fixed', async () => {
    await saveRevision(A, 1)
    const errors = [
      { path: 'participants.0.idNumber', code: 'invalid_id_number' as const, message: 'Số định danh sai' },
    ]
    await applyPushResults([{ id: A, revision: 1, status: 'rejected', errors }])
    expect(await db.outbox.get(A)).toMatchObject({ revision: 1, heldFor: 'rejected' })
    const local = await getRegistration(A)
    expect(local).toMatchObject({ syncState: 'rejected', ackedRevision: 0, errors })
    expect(local?.record.participants).toHaveLength(1)
  })

  it('conflict: keeps the record with a note, held in the outbox: the server does not have it', async () => {
    await saveRevision(A, 1)
    await applyPushResults([{ id: A, revision: 1, status: 'conflict' }])
    expect(await db.outbox.get(A)).toMatchObject({ revision: 1, heldFor: 'conflict' })
    const local = await getRegistration(A)
    expect(local?.syncState).toBe('conflict')
    expect(local?.errors?.[0]?.message).toMatch(/xung đột/)
  })

  it('a fix after rejection clears the errors once the new revision is accepted', async () => {
    await saveRevision(A, 1)
    await applyPushResults([
      { id: A, revision: 1, status: 'rejected', errors: [{ path: 'x', code: 'invalid', message: 'm' }] },
    ])
    await saveRevision(A, 2)
    await applyPushResults([{ id: A, revision: 2, status: 'accepted' }])
    const local = await getRegistration(A)
    expect(local).toMatchObject({ syncState: 'sent', ackedRevision: 2 })
    expect(local?.errors).toBeUndefined()
  })

  it('a returned registration that is corrected and accepted goes back to pending', async () => {
    await saveRevision(A, 1)
    await applyPushResults([{ id: A, revision: 1, status: 'accepted' }])
    const returned = { status: 'returned', comment: 'Sai ngày sinh' } as const
    await db.registrations.update(A, { review: await sealReview(A, returned, requireDataKey()) })
    expect((await getRegistration(A))?.review).toEqual(returned)
    await saveRevision(A, 2)
    await applyPushResults([{ id: A, revision: 2, status: 'accepted' }])
    expect((await getRegistration(A))?.review).toEqual({ status: 'pending' })
  })

  it('a rejected registration whose receipt void is accepted stays rejected (issue #9)', async () => {
    await saveRevision(A, 1)
    await applyPushResults([{ id: A, revision: 1, status: 'accepted' }])
    const rejected = { status: 'rejected', comment: 'Đã có BHXH bắt buộc' } as const
    await db.registrations.update(A, { review: await sealReview(A, rejected, requireDataKey()) })
    await saveRevision(A, 2)
    await applyPushResults([{ id: A, revision: 2, status: 'accepted' }])
    expect(await getRegistration(A)).toMatchObject({ syncState: 'sent', review: rejected })
  })

  it('a newer revision saved while the push was in flight keeps its outbox entry', async () => {
    await saveRevision(A, 1)
    // … request for revision 1 is on the wire; the collector edits and saves revision 2 …
    await saveRevision(A, 2)
    await applyPushResults([{ id: A, revision: 1, status: 'accepted' }])
    expect(await db.outbox.get(A)).toMatchObject({ revision: 2 })
    expect(await getRegistration(A)).toMatchObject({
      syncState: 'waiting',
      ackedRevision: 1,
      revision: 2,
    })
  })

  it('a rejection of the old revision does not mark the newer, unsent one rejected', async () => {
    await saveRevision(A, 1)
    await saveRevision(A, 2)
    await applyPushResults([
      { id: A, revision: 1, status: 'rejected', errors: [{ path: 'x', code: 'invalid', message: 'm' }] },
    ])
    expect(await db.outbox.get(A)).toMatchObject({ revision: 2 })
    const local = await getRegistration(A)
    expect(local?.syncState).toBe('waiting')
    expect(local?.errors).toBeUndefined()
  })

  it('ignores answers for ids this device does not hold', async () => {
    const tally = await applyPushResults([{ id: uuid(99), revision: 1, status: 'accepted' }])
    expect(tally.accepted).toBe(0)
    expect(await db.registrations.count()).toBe(0)
  })
})
