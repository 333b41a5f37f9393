// Issue #13 item 2: the office sets who issues the receipts, for the province office and per team (a
// collection agent); each phone gets its collector's with the device registration and on request.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, DEVICE_3 } from '../helpers/registrations.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const office = {
  unitName: 'Bảo hiểm xã hội tỉnh Lào Cai',
  unitAddress: 'Đường Hoàng Liên, phường Cốc Lếu, Lào Cai',
  taxCode: '5300112233',
  formCode: 'C45-BB',
  series: 'LC/2026',
}
const agent = {
  unitName: 'Bưu điện tỉnh Lào Cai',
  unitAddress: '001 Hoàng Liên, phường Cốc Lếu, Lào Cai',
  taxCode: '5300100111-001',
  formCode: 'C45-BB',
  series: 'BĐ/2026',
}

it('admin only; before anything is set a phone gets no issuer and old answers stay the same', async () => {
  const staff = await t.signIn('staff1')
  const superA = await t.signIn('super1')
  expect((await t.call('GET', '/api/receipt-issuers', { token: superA })).status).toBe(403)
  expect((await t.call('PUT', '/api/receipt-issuers/office', { token: staff, json: office })).status).toBe(
    403,
  )
  const device = await t.call('POST', '/api/devices', { token: staff, json: { deviceId: DEVICE_1 } })
  expect(Object.keys(device.body).sort()).toEqual(['deviceId', 'receiptPrefix'])
  expect((await t.call('GET', '/api/receipt-issuer', { token: staff })).body).toEqual({ receiptIssuer: null })
})

it('the office row for everyone, a team row for that team; phones get theirs with the device answer', async () => {
  const admin = await t.signIn('admin')
  const bad = await t.call('PUT', '/api/receipt-issuers/office', {
    token: admin,
    json: { ...office, taxCode: '12' },
  })
  expect(bad.status).toBe(400)
  const set = await t.call('PUT', '/api/receipt-issuers/office', { token: admin, json: office })
  expect(set.status).toBe(200)
  expect(set.body).toMatchObject({ teamId: null, ...office })
  const team = await t.call('PUT', '/api/receipt-issuers/teams/team-b', { token: admin, json: agent })
  expect(team.body).toMatchObject({ teamId: 'team-b', ...agent })
  expect(
    (await t.call('PUT', '/api/receipt-issuers/teams/no-such-team', { token: admin, json: agent })).status,
  ).toBe(404)

  const list = await t.call('GET', '/api/receipt-issuers', { token: admin })
  expect(list.body.items.map((i: { teamId: string | null }) => i.teamId)).toEqual([null, 'team-b'])

  // staff1 is in team A (the office's), staff3 in team B (the agent's).
  const staff1 = await t.signIn('staff1')
  const staff3 = await t.signIn('staff3')
  const d1 = await t.call('POST', '/api/devices', { token: staff1, json: { deviceId: DEVICE_1 } })
  expect(d1.body.receiptIssuer).toEqual(office)
  const d3 = await t.call('POST', '/api/devices', { token: staff3, json: { deviceId: DEVICE_3 } })
  expect(d3.body.receiptIssuer).toEqual(agent)
  expect((await t.call('GET', '/api/receipt-issuer', { token: staff3 })).body.receiptIssuer).toEqual(agent)

  // The team's own row removed: back to the office's.
  expect((await t.call('DELETE', '/api/receipt-issuers/teams/team-b', { token: admin })).status).toBe(204)
  expect((await t.call('DELETE', '/api/receipt-issuers/teams/team-b', { token: admin })).status).toBe(404)
  expect((await t.call('GET', '/api/receipt-issuer', { token: staff3 })).body.receiptIssuer).toEqual(office)

  const audit = await t.db.query<{ action: string; entity_id: string }>(
    "SELECT action, entity_id FROM audit_log WHERE entity = 'receipt_issuer' ORDER BY id",
  )
  expect(audit.map((a) => `${a.action} ${a.entity_id}`)).toEqual([
    'receipt_issuer.set office',
    'receipt_issuer.set team:team-b',
    'receipt_issuer.delete team:team-b',
  ])
})
