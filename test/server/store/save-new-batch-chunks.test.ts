// How many registrations a set-based push stores per transaction: 50 on one connection (the embedded
// database: every other request waits for it), 250 on a pool (PostgreSQL), whatever the database under the
// test, since the size follows what the Db says of itself. A wrapper that says nothing gets the small size.
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Db } from '../../../src/server/store/db.ts'
import { toAuthUser, type AuthUser } from '../../../src/server/store/auth-user.ts'
import { CHUNK, POOLED_CHUNK, saveNewBatch } from '../../../src/server/store/save-new-batch.ts'
import { findUserByUsername } from '../../../src/server/store/session-store.ts'
import { watchStorage } from '../../../src/server/store/storage-state.ts'
import { DEVICE_1, freshIdNumber, registration, vsiPerson } from '../helpers/registrations.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'

let t: TestApp
let owner: AuthUser
let prefix: string

beforeAll(async () => {
  t = await createTestApp()
  prefix = (await t.staffDevice('staff1', DEVICE_1)).receiptPrefix
  const row = await findUserByUsername(t.db, 'staff1')
  if (!row) throw new Error('no staff1')
  owner = toAuthUser(row)
})
afterAll(() => t.close())

/** `db` counting its transactions, saying it has many connections or nothing about it. */
function counted(db: Db, manyConnections: boolean): { db: Db; transactions: () => number } {
  let n = 0
  const wrapped: Db = {
    query: (sql, params) => db.query(sql, params),
    exec: (sql) => db.exec(sql),
    close: () => db.close(),
    transaction: (fn) => {
      n++
      return db.transaction(fn)
    },
    ...(manyConnections ? { manyConnections: true } : {}),
  }
  return { db: wrapped, transactions: () => n }
}

it.each([
  { on: 'one connection', many: false, size: CHUNK },
  { on: 'a pool', many: true, size: POOLED_CHUNK },
])('on $on, a push of 260 new registrations is stored $size a transaction', async ({ many, size }) => {
  const regs = Array.from({ length: 260 }, () =>
    registration({ participants: [vsiPerson({ idNumber: freshIdNumber() })] }, prefix),
  )
  const counter = counted(t.db, many)
  const { stored, error } = await saveNewBatch(counter.db, regs, owner, t.clock.now)
  expect(error).toBeUndefined()
  expect(stored.size).toBe(260)
  expect(counter.transactions()).toBe(Math.ceil(260 / size))
})

it('the storage watch passes on that the database has many connections', () => {
  expect(watchStorage(counted(t.db, true).db).manyConnections).toBe(true)
  expect(watchStorage(counted(t.db, false).db).manyConnections).toBeUndefined()
})
