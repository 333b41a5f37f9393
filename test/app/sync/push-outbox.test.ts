// pushOutbox against a recorded-answer server: batching, partial failure, a save while a push is in flight.
import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import type { PushResult, Registration } from '../../../src/domain/index.ts'
import { NetworkError } from '../../../src/app/api/http.ts'
import { db } from '../../../src/app/db/db.ts'
import { getRegistration } from '../../../src/app/db/registrations-repo.ts'
import { pushOutbox, type SendPush } from '../../../src/app/sync/push-outbox.ts'
import { clearStore, DEVICE_ID, saveRevision, uuid } from './fixtures.ts'

beforeEach(clearStore)

const acceptAll: SendPush = async ({ registrations }) => ({
  results: registrations.map((r: Registration): PushResult => ({
    id: r.id,
    revision: r.revision,
    status: 'accepted',
  })),
  serverTime: '2026-11-25T03:00:00.000Z',
})

describe('pushOutbox', () => {
  it('sends the outbox in batches of the given size, oldest first, and empties it', async () => {
    for (let i = 1; i <= 7; i++) await saveRevision(uuid(i), 1, i)
    const batches: string[][] = []
    const outcome = await pushOutbox({
      deviceId: DEVICE_ID,
      batchSize: 3,
      send: async (body) => {
        expect(body.deviceId).toBe(DEVICE_ID)
        batches.push(body.registrations.map((r) => r.id))
        return acceptAll(body)
      },
    })
    expect(batches.map((b) => b.length)).toEqual([3, 3, 1])
    expect(batches[0]).toEqual([uuid(1), uuid(2), uuid(3)])
    expect(outcome).toMatchObject({ pushed: 7, accepted: 7 })
    expect(outcome.error).toBeUndefined()
    expect(await db.outbox.count()).toBe(0)
  })

  it('mixed answers in one batch: each registration gets its own outcome', async () => {
    for (let i = 1; i <= 4; i++) await saveRevision(uuid(i), 1, i)
    const statuses = ['accepted', 'duplicate', 'rejected', 'conflict'] as const
    const outcome = await pushOutbox({
      deviceId: DEVICE_ID,
      send: async ({ registrations }) => ({
        results: registrations.map((r, i): PushResult => {
          const status = statuses[i] ?? 'accepted'
          return status === 'rejected'
            ? {
                id: r.id,
                revision: r.revision,
                status,
                errors: [{ path: 'payment', code: 'amount_mismatch', message: 'Sai số tiền' }],
              }
            : { id: r.id, revision: r.revision, status }
        }),
        serverTime: '',
      }),
    })
    expect(outcome).toMatchObject({ pushed: 4, accepted: 1, duplicate: 1, rejected: 1, conflicts: 1 })
    // What the server has leaves the outbox; what it refused stays there, held, sent no more by itself.
    expect((await db.outbox.toArray()).map((e) => [e.id, e.heldFor])).toEqual([
      [uuid(3), 'rejected'],
      [uuid(4), 'conflict'],
    ])
    let sentAgain = 0
    await pushOutbox({
      deviceId: DEVICE_ID,
      send: async ({ registrations }) => {
        sentAgain += registrations.length
        return { results: [], serverTime: '' }
      },
    })
    expect(sentAgain).toBe(0)
    const states = (await db.registrations.bulkGet([1, 2, 3, 4].map(uuid))).map((r) => r?.syncState)
    expect(states).toEqual(['sent', 'sent', 'rejected', 'conflict'])
  })

  it('a network failure keeps the outbox, counts the attempt and stops the run', async () => {
    for (let i = 1; i <= 4; i++) await saveRevision(uuid(i), 1, i)
    let calls = 0
    const outcome = await pushOutbox({
      deviceId: DEVICE_ID,
      batchSize: 2,
      send: async (body) => {
        calls++
        if (calls === 2) {
          // Corrected while this batch was on its way: the newer revision's entry is counted, not replaced.
          await saveRevision(uuid(4), 2, 9)
          throw new NetworkError('offline')
        }
        return acceptAll(body)
      },
    })
    expect(calls).toBe(2)
    expect(outcome.pushed).toBe(2)
    expect(outcome.error).toBeInstanceOf(NetworkError)
    const left = await db.outbox.orderBy('enqueuedAt').toArray()
    expect(left.map((e) => [e.id, e.revision, e.attempts, e.lastError])).toEqual([
      [uuid(3), 1, 1, 'offline'],
      [uuid(4), 2, 1, 'offline'],
    ])
  })

  it('a revision saved while its push was in flight is pushed next, not dropped', async () => {
    const A = uuid(1)
    await saveRevision(A, 1)
    const sent: number[] = []
    const outcome = await pushOutbox({
      deviceId: DEVICE_ID,
      send: async (body) => {
        sent.push(...body.registrations.map((r) => r.revision))
        if (sent.length === 1) await saveRevision(A, 2, 10)
        return acceptAll(body)
      },
    })
    expect(sent).toEqual([1, 2])
    expect(outcome.pushed).toBe(2)
    expect(await db.outbox.count()).toBe(0)
    expect(await getRegistration(A)).toMatchObject({ syncState: 'sent', ackedRevision: 2 })
  })

  it('an entry the server did not answer for is not resent in a loop', async () => {
    await saveRevision(uuid(1), 1)
    let calls = 0
    const outcome = await pushOutbox({
      deviceId: DEVICE_ID,
      send: async () => {
        calls++
        return { results: [], serverTime: '' }
      },
    })
    expect(calls).toBe(1)
    expect(outcome.pushed).toBe(1)
    expect(await db.outbox.count()).toBe(1)
  })

  it('sends what waits behind older held entries and unanswered ones, batch after batch', async () => {
    for (let i = 1; i <= 7; i++) await saveRevision(uuid(i), 1, i)
    // The three oldest wait for the collector (a conflict, a rejection).
    await db.outbox.bulkUpdate([1, 2, 3].map((i) => ({ key: uuid(i), changes: { heldFor: 'conflict' } })))
    const batches: string[][] = []
    await pushOutbox({
      deviceId: DEVICE_ID,
      batchSize: 2,
      send: async (body) => {
        batches.push(body.registrations.map((r) => r.id))
        // uuid(4) is never answered: it stays in the outbox, in front of the rest, and is not sent again.
        return acceptAll({ ...body, registrations: body.registrations.filter((r) => r.id !== uuid(4)) })
      },
    })
    expect(batches).toEqual([
      [uuid(4), uuid(5)],
      [uuid(6), uuid(7)],
    ])
    expect((await db.outbox.orderBy('enqueuedAt').primaryKeys()).sort()).toEqual([1, 2, 3, 4].map(uuid))
  })

  it('drops an outbox entry whose registration is gone (it holds no data)', async () => {
    await db.outbox.put({ id: uuid(5), revision: 1, enqueuedAt: 1, attempts: 0 })
    let calls = 0
    await pushOutbox({ deviceId: DEVICE_ID, send: async (b) => (calls++, acceptAll(b)) })
    expect(calls).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })
})
