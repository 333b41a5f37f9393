// Issue #10 item 6: receipt numbers were not unique on the server (three registrations with one number from
// two accounts were all accepted). A number is used by one registration; a second use is a `conflict` with
// reason `receipt_number_taken`; collisions already in old data survive migration 0011 and show in the cash view.
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Registration } from '../../../src/domain/index.ts'
import { runMigrations } from '../../../src/server/store/run-migrations.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, DEVICE_3, freshIdNumber, registration, vsiPerson } from '../helpers/registrations.ts'

let t: TestApp
let staff1: { token: string; receiptPrefix: string }
let staff3: { token: string; receiptPrefix: string }
let admin: string

beforeAll(async () => {
  t = await createTestApp()
  staff1 = await t.staffDevice('staff1', DEVICE_1)
  staff3 = await t.staffDevice('staff3', DEVICE_3)
  admin = await t.signIn('admin')
})
afterAll(() => t.close())

const person = () => [vsiPerson({ idNumber: freshIdNumber() })]
const withReceipt = (r: Registration, receiptNo: string): Registration => ({
  ...r,
  payment: r.payment && { ...r.payment, receiptNo },
})
async function push(who: { token: string }, deviceId: string, regs: Registration[]) {
  const res = await t.call('POST', '/api/sync/push', {
    token: who.token,
    json: { deviceId, registrations: regs },
  })
  expect(res.status).toBe(200)
  return res.body.results as { status: string; reason?: string }[]
}

it('refuses a second registration with a used receipt number, from any account', async () => {
  const no = `${staff1.receiptPrefix}-000777`
  const first = withReceipt(registration({ participants: person() }, staff1.receiptPrefix), no)
  const again = withReceipt(registration({ participants: person() }, staff1.receiptPrefix), no)
  const other = withReceipt(registration({ deviceId: DEVICE_3, participants: person() }), no)
  expect(await push(staff1, DEVICE_1, [first, again])).toEqual([
    { id: first.id, revision: 1, status: 'accepted' },
    { id: again.id, revision: 1, status: 'conflict', reason: 'receipt_number_taken' },
  ])
  expect(await push(staff3, DEVICE_3, [other])).toEqual([
    { id: other.id, revision: 1, status: 'conflict', reason: 'receipt_number_taken' },
  ])
  const stored = await t.db.query("SELECT id FROM registrations WHERE record->'payment'->>'receiptNo' = $1", [
    no,
  ])
  expect(stored).toHaveLength(1)
  // The holder keeps its number through a correction and a void.
  const corrected = { ...first, revision: 2, note: 'Sửa thôn' }
  const voided = {
    ...corrected,
    revision: 3,
    void: { reason: 'Ghi nhầm người', at: '2026-11-25T10:00:00+07:00' },
  }
  expect((await push(staff1, DEVICE_1, [corrected, voided])).map((r) => r.status)).toEqual([
    'accepted',
    'accepted',
  ])
  // A correction may not move onto another registration's number either.
  const taken = withReceipt(
    registration({ participants: person() }, staff1.receiptPrefix),
    `${staff1.receiptPrefix}-000778`,
  )
  expect((await push(staff1, DEVICE_1, [taken]))[0]?.status).toBe('accepted')
  const moved = withReceipt({ ...taken, revision: 2 }, no)
  expect((await push(staff1, DEVICE_1, [moved]))[0]).toMatchObject({
    status: 'conflict',
    reason: 'receipt_number_taken',
  })
})

it('keeps collisions of old data through the migration and flags them in the office’s cash view', async () => {
  const regs = [0, 1, 2].map(() => registration({ participants: person() }, staff1.receiptPrefix))
  regs.push(registration({ deviceId: DEVICE_3, participants: person() }, staff3.receiptPrefix))
  expect((await push(staff1, DEVICE_1, regs.slice(0, 3))).map((r) => r.status)).toEqual([
    'accepted',
    'accepted',
    'accepted',
  ])
  expect((await push(staff3, DEVICE_3, regs.slice(3)))[0]?.status).toBe('accepted')
  // Before migration 0011 nothing stopped these: three registrations, two accounts, one number.
  const old = `${staff1.receiptPrefix}-000900`
  const ids = [regs[0]!.id, regs[1]!.id, regs[3]!.id]
  for (const table of ['registrations', 'registration_revisions']) {
    const key = table === 'registrations' ? 'id' : 'registration_id'
    await t.db.query(
      `UPDATE ${table} SET record = jsonb_set(record, '{payment,receiptNo}', to_jsonb($1::text)) WHERE ${key} = ANY($2::uuid[])`,
      [old, ids],
    )
  }
  await t.db.exec('DROP TABLE receipt_claims')
  await t.db.query('DELETE FROM schema_migrations WHERE version = 11')
  expect(await runMigrations(t.db)).toEqual(['0011_receipt_claims'])

  const view = await t.call('GET', '/api/cash/handovers?eventId=lao-cai-demo', { token: admin })
  expect(view.status).toBe(200)
  expect(view.body.receiptCollisions).toEqual([
    {
      receiptNo: old,
      total: 3,
      registrations: expect.arrayContaining(ids.map((id) => ({ id, staffId: expect.any(String) }))),
    },
  ])
  // The number stays with one of them; a new registration cannot take it.
  const fresh = withReceipt(registration({ participants: person() }, staff1.receiptPrefix), old)
  expect((await push(staff1, DEVICE_1, [fresh]))[0]).toMatchObject({
    status: 'conflict',
    reason: 'receipt_number_taken',
  })
  // A supervisor sees only the registrations of their team in a collision.
  const super1 = await t.signIn('super1')
  const team = await t.call('GET', '/api/cash/handovers?eventId=lao-cai-demo', { token: super1 })
  expect(team.body.receiptCollisions[0].registrations.map((r: { id: string }) => r.id).sort()).toEqual(
    [regs[0]!.id, regs[1]!.id].sort(),
  )
})
