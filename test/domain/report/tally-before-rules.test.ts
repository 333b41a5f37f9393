import { describe, expect, it } from 'vitest'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'
import { tallyCampaign, type TallyRecord } from '../../../src/domain/report/tally-campaign.ts'
import { sampleParticipant, sampleRegistration } from '../registration/sample-registration.ts'

// A record collected before the earliest row of some rule table (a phone clock set a year back, approved
// before anyone noticed, or a rule row edited since) must not stop the office's tally.
describe('tallyCampaign with a record collected before the rules', () => {
  it('counts it, with no state support, instead of throwing', () => {
    const participant = sampleParticipant({
      idNumber: '010085000001',
      vsi: { monthlyIncome: 1_500_000, months: 12, supportGroup: 'NEAR_POOR', amountDue: 2_376_000 },
    })
    const { hi: _hi, ...vsiOnly } = participant
    const { vsi: _vsi, ...hiOnly } = sampleParticipant({
      idNumber: '010085000002',
      hi: { months: 12, householdOrder: 1, amountDue: 1_366_200 },
    })
    const early: TallyRecord = {
      registration: sampleRegistration({
        collectedAt: '2024-03-10T09:00:00+07:00',
        participants: [vsiOnly, hiOnly],
        payment: { method: 'cash', amountCollected: 3_742_200, receiptNo: 'LC017-000001' },
      }),
      reviewStatus: 'approved',
      ownerId: 's1',
    }
    const t = tallyCampaign([early], {}, defaultRules)
    expect(t.totals.registrations).toBe(1)
    expect(t.totals.collectedVnd).toBe(3_742_200)
    expect(t.totals.vsiNew).toBe(1)
    expect(t.totals.hiNew).toBe(1)
    expect(t.totals.stateSupportVnd).toBe(0)
  })
})
