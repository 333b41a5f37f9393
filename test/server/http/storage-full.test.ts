// Issue #10 item 11: with the disk full, pushes answered 500 (code 53100) while /api/health said ok. The
// failure is real database behaviour: a trigger makes PGlite/PostgreSQL raise SQLSTATE 53100 (disk_full) on
// the write a full disk refuses, exactly as "could not extend file" does; dropping it is the space coming back.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, freshIdNumber, registration, vsiPerson } from '../helpers/registrations.ts'

let t: TestApp
let staff: string

beforeAll(async () => {
  t = await createTestApp()
  staff = (await t.staffDevice('staff1', DEVICE_1)).token
})
afterAll(() => t.close())

const reg = () => registration({ participants: [vsiPerson({ idNumber: freshIdNumber() })] })
const push = (registrations: unknown[]) =>
  t.call('POST', '/api/sync/push', { token: staff, json: { deviceId: DEVICE_1, registrations } })
const count = async () =>
  (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM registrations'))[0]?.n ?? -1

it('answers 507 storage_full, reports the store as failing, and recovers once space is back', async () => {
  const kept = reg()
  expect((await push([kept])).body.results[0].status).toBe('accepted')
  expect((await t.call('GET', '/api/health')).status).toBe(200)

  await t.db.exec(`
    CREATE FUNCTION fill_the_disk() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full';
    END $$;
    CREATE TRIGGER fill_the_disk BEFORE INSERT ON registration_revisions
      FOR EACH ROW EXECUTE FUNCTION fill_the_disk();`)
  const before = await count()
  const lines = t.logLines.length
  const waiting = [reg(), reg()]
  const refused = await push(waiting)
  expect(refused.status).toBe(507)
  expect(refused.body.error.code).toBe('storage_full')
  expect(refused.body.error.message).toMatch(/dung lượng/)
  expect(await count()).toBe(before)

  // One clear line, no stack dump.
  const logged = t.logLines.slice(lines).filter((l) => l.includes('storage full'))
  expect(logged).toHaveLength(1)
  expect(JSON.parse(logged[0] ?? '{}')).toMatchObject({ code: 'storage_full', sqlState: '53100' })
  expect(logged[0]).not.toContain('stack')
  expect(t.logLines.slice(lines).some((l) => l.includes('unhandled error'))).toBe(false)

  const health = await t.call('GET', '/api/health')
  expect(health.status).toBe(503)
  expect(health.body).toMatchObject({ status: 'unavailable', error: { code: 'storage_full' } })
  // A read-only transaction does not count as the disk being back.
  await t.db.transaction((tx) => tx.query('SELECT 1'))
  expect((await t.call('GET', '/api/health')).status).toBe(503)

  // Space is back: the phone's retry is stored, health turns ok, and nothing acknowledged was lost.
  await t.db.exec('DROP TRIGGER fill_the_disk ON registration_revisions; DROP FUNCTION fill_the_disk();')
  const retried = await push(waiting)
  expect(retried.status).toBe(200)
  expect(retried.body.results.map((r: { status: string }) => r.status)).toEqual(['accepted', 'accepted'])
  expect((await t.call('GET', '/api/health')).status).toBe(200)
  expect((await push([kept])).body.results[0].status).toBe('duplicate')
})
