// PGlite gathers no planner statistics by itself: the store analyzes the push tables when it opens and
// again once the registrations stored since reach a tenth of the table, and never sooner than ANALYZE_EVERY
// (measured: the flag lookup 99 ms → 0.16 ms).
import { afterAll, beforeAll, expect, it } from 'vitest'
import {
  ANALYZE_EVERY,
  analyzePushTables,
  noteRegistrationsStored,
} from '../../../src/server/store/keep-statistics.ts'
import type { Db } from '../../../src/server/store/db.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, freshIdNumber, registration, vsiPerson } from '../helpers/registrations.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const estimate = async (table = 'registration_people') =>
  (
    await t.db.query<{ n: number }>(
      "SELECT reltuples::int AS n FROM pg_class WHERE relname = $1 AND relkind = 'r' AND pg_table_is_visible(oid)",
      [table],
    )
  )[0]?.n

/** `count` copies of registration `id` under new ids, written straight to the table. */
const copies = (id: string, count: number) =>
  t.db.query(
    `INSERT INTO registrations (id, revision, owner_id, device_id, event_id, team_id, collected_at, record,
        content_hash, amount_collected, change_seq, created_at, updated_at, tally_record)
     SELECT gen_random_uuid(), revision, owner_id, device_id, event_id, team_id, collected_at, record,
            content_hash, amount_collected, nextval('registration_change_seq'), created_at, updated_at, tally_record
       FROM registrations, generate_series(1, $2) WHERE id = $1`,
    [id, count],
  )

it('keeps the planner’s row estimate of registration_people current as pushes store people', async () => {
  // Analyzed when the store opened: an empty table is known to be empty (-1 would mean "never analyzed").
  expect(await estimate()).toBe(0)
  const { token } = await t.staffDevice('staff1', DEVICE_1)
  const regs = Array.from({ length: 3 }, () =>
    registration({ deviceId: DEVICE_1, participants: [vsiPerson({ idNumber: freshIdNumber() })] }),
  )
  await t.call('POST', '/api/sync/push', { token, json: { deviceId: DEVICE_1, registrations: regs } })
  // Three stored: below the threshold, nothing analyzed yet.
  expect(await estimate()).toBe(0)
  await noteRegistrationsStored(t.db, ANALYZE_EVERY)
  expect(await estimate()).toBe(3)
})

it('analyzes a big table again only once a tenth of it is new, and one ANALYZE at a time', async () => {
  const { token } = await t.staffDevice('staff1', DEVICE_1)
  const one = registration({ deviceId: DEVICE_1, participants: [vsiPerson({ idNumber: freshIdNumber() })] })
  await t.call('POST', '/api/sync/push', { token, json: { deviceId: DEVICE_1, registrations: [one] } })
  const [stored] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM registrations')
  await copies(one.id, 15_000 - (stored?.n ?? 0))
  // The same database seen through a wrapper that counts the ANALYZE statements it is sent.
  const analyzed: string[] = []
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  let holding = false
  const watched: Db = {
    ...t.db,
    async exec(sql) {
      if (sql.startsWith('ANALYZE')) {
        analyzed.push(sql)
        if (holding) await held
      }
      return t.db.exec(sql)
    },
  }
  await analyzePushTables(watched)
  expect(await estimate('registrations')).toBe(15_000)
  analyzed.length = 0
  // 1,200 more: past ANALYZE_EVERY, but short of a tenth of 15,000.
  await noteRegistrationsStored(watched, 1_200)
  expect(analyzed).toEqual([])
  // The line crossed: one ANALYZE of the four tables. Pushes that finish meanwhile start no second one.
  holding = true
  const crossing = noteRegistrationsStored(watched, 300)
  const meanwhile = [noteRegistrationsStored(watched, 2_000), noteRegistrationsStored(watched, 2_000)]
  release()
  await Promise.all([crossing, ...meanwhile])
  expect(analyzed).toHaveLength(4)
  // What was stored meanwhile counts towards the next: 4,000 of 1,500.
  analyzed.length = 0
  await noteRegistrationsStored(watched, 0)
  expect(analyzed).toHaveLength(4)
})
