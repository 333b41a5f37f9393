// Issue #9: eligibility the law fixes is refused by the server itself, whatever the phone let through.
// Each case is pushed to the real server (PGlite, or PostgreSQL with TEST_DATABASE_URL) and must come back
// `rejected` with code `ineligible` at the field, with nothing stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Participant } from '../../../src/domain/index.ts'
import { createTestApp, type TestApp } from '../helpers/test-app.ts'
import { DEVICE_1, HI_RANK1_12, hiPerson, registration, vsiPerson } from '../helpers/registrations.ts'

let t: TestApp
let token: string

beforeAll(async () => {
  t = await createTestApp()
  token = (await t.staffDevice('staff1', DEVICE_1)).token
})
afterAll(() => t.close())

async function pushOne(participants: Participant[]) {
  const reg = registration({ participants })
  const res = await t.call('POST', '/api/sync/push', {
    token,
    json: { deviceId: DEVICE_1, registrations: [reg] },
  })
  expect(res.status).toBe(200)
  const [row] = await t.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM registrations WHERE id = $1',
    [reg.id],
  )
  return { result: res.body.results[0], stored: row?.n }
}

// A 3-year-old girl (born 2023-05-10) on 2026-11-25, her ID digits matching.
const child = (over: Partial<Participant> = {}) =>
  hiPerson({
    fullName: 'Thào Thị Mỷ',
    idNumber: '010323774403',
    dateOfBirth: '2023-05-10',
    sex: 'female',
    ...over,
  })

describe('push refuses what the law does not allow (issue #9)', () => {
  it('household HI for a child under 6: rejected, ineligible at participants.0.hi, not stored', async () => {
    const { result, stored } = await pushOne([child()])
    expect(result).toMatchObject({
      status: 'rejected',
      errors: [
        {
          path: 'participants.0.hi',
          code: 'ineligible',
          message: 'Trẻ em dưới 6 tuổi được ngân sách nhà nước đóng BHYT: không thu BHYT hộ gia đình',
        },
      ],
    })
    expect(stored).toBe(0)
  })

  it('even with a supervisor override note: the child already has a free card', async () => {
    const hi = { months: 12 as const, householdOrder: 1, amountDue: HI_RANK1_12 }
    const { result } = await pushOne([
      child({
        hiExclusions: ['CHILD_UNDER_6'],
        hi: { ...hi, exclusionOverride: { reason: 'Gia đình muốn đóng' } },
      }),
    ])
    expect(result.status).toBe('rejected')
    expect(result.errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ['participants.0.hi', 'ineligible'],
    ])
  })

  it('a household with the child left out of the ladder is accepted: the adult is rank 1', async () => {
    const { result, stored } = await pushOne([
      hiPerson({ hi: { months: 12, householdOrder: 1, amountDue: HI_RANK1_12, alreadyValidRanks: 0 } }),
      child({ hi: undefined, services: { vssidAssisted: true, cashlessPension: false } }),
    ])
    expect(result.status).toBe('accepted')
    expect(stored).toBe(1)
  })

  it('the ethnic-minority support group for a Kinh person: rejected at participants.0.vsi.supportGroup', async () => {
    // V3 (693,000 for 1,500,000 × 3 at 30 %): right for a Hmông woman, refused for a Kinh one.
    const vsi = {
      monthlyIncome: 1_500_000,
      months: 3 as const,
      supportGroup: 'ETHNIC_MINORITY' as const,
      amountDue: 693_000,
    }
    expect((await pushOne([vsiPerson({ ethnicityCode: '08', vsi })])).result.status).toBe('accepted')
    const { result, stored } = await pushOne([vsiPerson({ ethnicityCode: '01', vsi })])
    expect(result).toMatchObject({
      status: 'rejected',
      errors: [{ path: 'participants.0.vsi.supportGroup', code: 'ineligible' }],
    })
    expect(stored).toBe(0)
  })

  it('VSI for someone already receiving a pension or benefit: rejected; no, or not asked (old phone), accepted', async () => {
    const base = vsiPerson().vsi!
    const { result, stored } = await pushOne([
      vsiPerson({ vsi: { ...base, receivesPensionOrBenefit: true } }),
    ])
    expect(result).toMatchObject({
      status: 'rejected',
      errors: [{ path: 'participants.0.vsi.receivesPensionOrBenefit', code: 'ineligible' }],
    })
    expect(stored).toBe(0)
    const no = await pushOne([vsiPerson({ vsi: { ...base, receivesPensionOrBenefit: false } })])
    expect(no.result.status).toBe('accepted')
    const notAsked = await pushOne([vsiPerson()])
    expect(notAsked.result.status).toBe('accepted')
  })

  it('keeps the answer: the stored registration carries receivesPensionOrBenefit: false', async () => {
    const base = vsiPerson().vsi!
    const reg = registration({
      participants: [vsiPerson({ vsi: { ...base, receivesPensionOrBenefit: false } })],
    })
    await t.call('POST', '/api/sync/push', { token, json: { deviceId: DEVICE_1, registrations: [reg] } })
    const supervisor = await t.signIn('super1')
    const res = await t.call('GET', `/api/registrations/${reg.id}`, { token: supervisor })
    expect(res.status).toBe(200)
    expect(JSON.stringify(res.body)).toContain('"receivesPensionOrBenefit":false')
  })
})
