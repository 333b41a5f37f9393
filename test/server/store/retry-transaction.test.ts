// Issue #10 item 8: a deadlock or serialization failure inside a transaction is retried by the store, a
// bounded number of times, on the real database (the failure is injected; the rollback is real).
import { afterAll, beforeAll, expect, it } from 'vitest'
import { MAX_TRANSACTION_ATTEMPTS } from '../../../src/server/store/retry-transaction.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
  await t.db.exec('CREATE TABLE retry_probe (n int NOT NULL)')
})
afterAll(() => t.close())

const failure = (code: string) => Object.assign(new Error(`injected ${code}`), { code })
const rows = async () =>
  (await t.db.query<{ n: number }>('SELECT n FROM retry_probe ORDER BY n')).map((r) => r.n)

it.each(['40P01', '40001'])(
  'reruns a transaction that failed with %s; the failed attempt left nothing',
  async (code) => {
    await t.db.exec('DELETE FROM retry_probe')
    let attempts = 0
    const result = await t.db.transaction(async (tx) => {
      attempts += 1
      await tx.query('INSERT INTO retry_probe (n) VALUES ($1)', [attempts])
      if (attempts < 3) throw failure(code)
      return 'done'
    })
    expect(result).toBe('done')
    expect(attempts).toBe(3)
    expect(await rows()).toEqual([3])
  },
)

it('gives up after a bounded number of attempts, and never retries other errors', async () => {
  await t.db.exec('DELETE FROM retry_probe')
  let attempts = 0
  await expect(
    t.db.transaction(async () => {
      attempts += 1
      throw failure('40P01')
    }),
  ).rejects.toThrow('injected 40P01')
  expect(attempts).toBe(MAX_TRANSACTION_ATTEMPTS)
  attempts = 0
  await expect(
    t.db.transaction(async (tx) => {
      attempts += 1
      await tx.query('INSERT INTO retry_probe (n) VALUES (1)')
      throw failure('23505')
    }),
  ).rejects.toThrow('injected 23505')
  expect(attempts).toBe(1)
  expect(await rows()).toEqual([])
})
