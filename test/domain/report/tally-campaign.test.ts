import { describe, expect, it } from 'vitest'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'
import type { RuleSet } from '../../../src/domain/rules/rule-set.ts'
import type { Participant } from '../../../src/domain/registration/registration-schema.ts'
import { tallyCampaign, type TallyRecord } from '../../../src/domain/report/tally-campaign.ts'
import { sampleParticipant, sampleRegistration } from '../registration/sample-registration.ts'

const BAT_XAT = { provinceCode: '15', communeCode: '02683', commune: 'Xã Bát Xát' }
const SA_PA = { provinceCode: '15', communeCode: '03006', commune: 'Phường Sa Pa' }
const TA_VAN_NO_CODE = { provinceCode: '15', commune: 'Xã Tả Van' }
const noServices = { vssidAssisted: false, cashlessPension: false }

function person(id: string, extra: Partial<Participant>): Participant {
  const base = sampleParticipant({ idNumber: `0100850000${id}`, address: BAT_XAT, services: noServices })
  const { vsi: _vsi, hi: _hi, ...rest } = base
  return { ...rest, ...extra }
}

let seq = 0
function rec(
  eventId: string,
  collectedAt: string,
  ownerId: string,
  participants: Participant[],
  amountCollected: number | null,
  more: Partial<TallyRecord> = {},
): TallyRecord {
  seq += 1
  return {
    registration: sampleRegistration({
      id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
      eventId,
      collectedAt,
      participants,
      payment:
        amountCollected === null
          ? null
          : { method: 'cash', amountCollected, receiptNo: `LC017-${String(seq).padStart(6, '0')}` },
    }),
    reviewStatus: 'approved',
    ownerId,
    ownerName: ownerId === 's1' ? 'Cán bộ Một' : 'Cán bộ Hai',
    ...more,
  }
}

// V1 for P1, H2's first two members for P2 and P3, V4 for P4 (domain.md §2.5, §3.6).
const v1 = {
  monthlyIncome: 1_500_000,
  months: 12 as const,
  supportGroup: 'NEAR_POOR' as const,
  amountDue: 2_376_000,
}
const v4 = { monthlyIncome: 2_000_000, months: 1 as const, supportGroup: 'POOR' as const, amountDue: 275_000 }
const r1 = rec(
  'A',
  '2026-11-10T09:00:00+07:00',
  's1',
  [person('01', { vsi: v1, services: { vssidAssisted: true, cashlessPension: false } })],
  2_376_000,
)
const r2 = rec(
  'A',
  '2026-11-10T10:00:00+07:00',
  's2',
  [
    person('02', { hi: { months: 12, householdOrder: 1, amountDue: 1_366_200 } }),
    person('03', {
      hi: { months: 12, householdOrder: 2, amountDue: 956_340 },
      services: { vssidAssisted: true, cashlessPension: false },
    }),
  ],
  2_322_540,
)
// P1 again at event B: only services, nothing to pay; P4 enrols in VSI in Sa Pa.
const r3 = rec(
  'B',
  '2026-11-20T08:00:00+07:00',
  's1',
  [
    person('01', { services: { vssidAssisted: true, cashlessPension: true } }),
    person('04', { vsi: v4, address: SA_PA }),
  ],
  275_000,
)
const r4Pending = rec('B', '2026-11-20T09:00:00+07:00', 's2', [person('05', { vsi: v4 })], 275_000, {
  reviewStatus: 'pending',
})
const r5Voided = rec('B', '2026-11-21T09:00:00+07:00', 's2', [person('06', { vsi: v4 })], 275_000, {
  voided: true,
})
// P2 renews 3 months while the card paid on 10/11 is still valid: not new. Commune typed without a code.
const r6 = rec(
  'B',
  '2026-11-21T10:00:00+07:00',
  's2',
  [person('02', { hi: { months: 3, householdOrder: 1, amountDue: 341_550 }, address: TA_VAN_NO_CODE })],
  341_550,
)
const all = [r6, r5Voided, r4Pending, r3, r2, r1] // any order: the tally sorts by collectedAt

describe('byCommune by code (issue #12)', () => {
  it('puts a commune typed without its code with the same name’s code, and one spelling with another', () => {
    const hi = { hi: { months: 12 as const, householdOrder: 1, amountDue: 1_366_200 } }
    const records = [
      rec('A', '2026-11-10T09:00:00+07:00', 's1', [person('11', hi)], 1_366_200),
      rec(
        'A',
        '2026-11-10T09:10:00+07:00',
        's1',
        [person('12', { ...hi, address: { provinceCode: '15', commune: ' xã  bát xát' } })],
        1_366_200,
      ),
      rec(
        'A',
        '2026-11-10T09:20:00+07:00',
        's1',
        [person('13', { ...hi, address: TA_VAN_NO_CODE })],
        1_366_200,
      ),
      rec(
        'A',
        '2026-11-10T09:30:00+07:00',
        's1',
        [person('14', { ...hi, address: { provinceCode: '15', commune: 'xa ta van' } })],
        1_366_200,
      ),
      // The same name in another province is another commune.
      rec(
        'A',
        '2026-11-10T09:40:00+07:00',
        's1',
        [person('15', { ...hi, address: { provinceCode: '01', commune: 'Xã Bát Xát' } })],
        1_366_200,
      ),
    ]
    const t = tallyCampaign(records, {}, defaultRules)
    expect(Object.fromEntries(Object.entries(t.byCommune).map(([k, v]) => [k, v.registrations]))).toEqual({
      '02683': 2,
      'Xã Tả Van': 2,
      'Xã Bát Xát': 1,
    })
    expect(t.names.commune).toEqual({
      '02683': 'Xã Bát Xát',
      'Xã Tả Van': 'Xã Tả Van',
      'Xã Bát Xát': 'Xã Bát Xát',
    })
  })
})

describe('tallyCampaign', () => {
  it('counts distinct approved people; P1 met at two events counts once in the totals', () => {
    const t = tallyCampaign(all, {}, defaultRules)
    expect(t.totals).toEqual({
      vsiNew: 2, // P1, P4
      hiNew: 2, // P2, P3 (P2's renewal is not new)
      vssidAssisted: 2, // P1 (twice), P3
      cashlessPension: 1,
      registrations: 4, // r1, r2, r3, r6
      collectedVnd: 2_376_000 + 2_322_540 + 275_000 + 341_550,
      stateSupportVnd: 1_584_000 + 165_000,
      advised: 0,
      hiRenewed: 0,
    })
    expect(t.byEvent).toEqual({
      A: {
        vsiNew: 1,
        hiNew: 2,
        vssidAssisted: 2,
        cashlessPension: 0,
        registrations: 2,
        collectedVnd: 4_698_540,
        stateSupportVnd: 1_584_000,
        advised: 0,
        hiRenewed: 0,
      },
      B: {
        vsiNew: 1,
        hiNew: 0,
        vssidAssisted: 1,
        cashlessPension: 1,
        registrations: 2,
        collectedVnd: 616_550,
        stateSupportVnd: 165_000,
        advised: 0,
        hiRenewed: 0,
      },
    })
    // Rows are de-duplicated inside themselves: 2 + 1 VssID helps by event, 2 people in total.
    expect(t.byEvent.A!.vssidAssisted + t.byEvent.B!.vssidAssisted).toBe(3)
  })

  it('breaks down by Vietnam day, staff and commune', () => {
    const t = tallyCampaign(all, {}, defaultRules)
    expect(Object.keys(t.byDay)).toEqual(['2026-11-10', '2026-11-20', '2026-11-21'])
    expect(t.byDay['2026-11-20']).toEqual({
      vsiNew: 1,
      hiNew: 0,
      vssidAssisted: 1,
      cashlessPension: 1,
      registrations: 1,
      collectedVnd: 275_000,
      stateSupportVnd: 165_000,
      advised: 0,
      hiRenewed: 0,
    })
    expect(t.byStaff).toEqual({
      s1: {
        vsiNew: 2,
        hiNew: 0,
        vssidAssisted: 1,
        cashlessPension: 1,
        registrations: 2,
        collectedVnd: 2_651_000,
        stateSupportVnd: 1_749_000,
        advised: 0,
        hiRenewed: 0,
      },
      s2: {
        vsiNew: 0,
        hiNew: 2,
        vssidAssisted: 1,
        cashlessPension: 0,
        registrations: 2,
        collectedVnd: 2_664_090,
        stateSupportVnd: 0,
        advised: 0,
        hiRenewed: 0,
      },
    })
    expect(t.names.staff).toEqual({ s1: 'Cán bộ Một', s2: 'Cán bộ Hai' })
    // People by their own commune; the registration and its cash by the payer's (first participant's).
    expect(t.byCommune).toEqual({
      '02683': {
        vsiNew: 1,
        hiNew: 2,
        vssidAssisted: 2,
        cashlessPension: 1,
        registrations: 3,
        collectedVnd: 4_973_540,
        stateSupportVnd: 1_584_000,
        advised: 0,
        hiRenewed: 0,
      },
      '03006': {
        vsiNew: 1,
        hiNew: 0,
        vssidAssisted: 0,
        cashlessPension: 0,
        registrations: 0,
        collectedVnd: 0,
        stateSupportVnd: 165_000,
        advised: 0,
        hiRenewed: 0,
      },
      'Xã Tả Van': {
        vsiNew: 0,
        hiNew: 0,
        vssidAssisted: 0,
        cashlessPension: 0,
        registrations: 1,
        collectedVnd: 341_550,
        stateSupportVnd: 0,
        advised: 0,
        hiRenewed: 0,
      },
    })
    expect(t.names.commune).toEqual({
      '02683': 'Xã Bát Xát',
      '03006': 'Phường Sa Pa',
      'Xã Tả Van': 'Xã Tả Van',
    })
  })

  it('uses records before the window as history, not as counts', () => {
    const t = tallyCampaign(all, { from: '2026-11-20', to: '2026-11-30' }, defaultRules)
    expect(t.totals).toEqual({
      vsiNew: 1, // P4; P1 was new on 10/11
      hiNew: 0, // P2 renews
      vssidAssisted: 1,
      cashlessPension: 1,
      registrations: 2,
      collectedVnd: 616_550,
      stateSupportVnd: 165_000,
      advised: 0,
      hiRenewed: 0,
    })
    expect(Object.keys(t.byEvent)).toEqual(['B'])
  })

  it('filters by event and by the window ends inclusively', () => {
    expect(tallyCampaign(all, { eventId: 'B' }, defaultRules).totals).toEqual(
      tallyCampaign(all, {}, defaultRules).byEvent.B,
    )
    expect(
      tallyCampaign(all, { from: '2026-11-10', to: '2026-11-10' }, defaultRules).totals.registrations,
    ).toBe(2)
    // 17:30 UTC on 21/11 is 00:30 on 22/11 in Vietnam: the day is Vietnam's.
    const late = rec('C', '2026-11-21T17:30:00Z', 's1', [person('09', { vsi: v4 })], 275_000)
    expect(Object.keys(tallyCampaign([late], {}, defaultRules).byDay)).toEqual(['2026-11-22'])
  })

  it('returns zeros and empty breakdowns for no records', () => {
    const t = tallyCampaign([], {}, defaultRules)
    expect(t.totals.registrations).toBe(0)
    expect(t.byEvent).toEqual({})
  })
})

describe('tallyCampaign — "new" toggles', () => {
  const oneMonth = {
    monthlyIncome: 1_500_000,
    months: 1 as const,
    supportGroup: 'OTHER' as const,
    amountDue: 264_000,
  }
  const withTally = (value: RuleSet['tally'][number]['value']): RuleSet => ({
    ...defaultRules,
    tally: [{ effectiveFrom: '2025-07-01', value, instrument: 'test', confidence: 'UNCERTAIN' }],
  })
  const november = { from: '2026-11-01', to: '2026-11-30' }

  it('VSI resumed after a gap counts as new only when countResumedAsNew is on', () => {
    const july = rec('A', '2026-07-10T09:00:00+07:00', 's1', [person('20', { vsi: oneMonth })], 264_000)
    const nov = rec('B', '2026-11-10T09:00:00+07:00', 's1', [person('20', { vsi: oneMonth })], 264_000)
    const on = tallyCampaign(
      [july, nov],
      november,
      withTally({ countResumedAsNew: true, hiNewDefinition: 'noCard' }),
    )
    const off = tallyCampaign(
      [july, nov],
      november,
      withTally({ countResumedAsNew: false, hiNewDefinition: 'noCard' }),
    )
    expect(on.totals.vsiNew).toBe(1)
    expect(off.totals.vsiNew).toBe(0)
  })

  it('VSI paid on from the month before is a renewal, never new', () => {
    const oct = rec('A', '2026-10-05T09:00:00+07:00', 's1', [person('21', { vsi: oneMonth })], 264_000)
    const nov = rec('B', '2026-11-05T09:00:00+07:00', 's1', [person('21', { vsi: oneMonth })], 264_000)
    expect(tallyCampaign([oct, nov], november, defaultRules).totals.vsiNew).toBe(0)
    expect(tallyCampaign([oct, nov], {}, defaultRules).totals.vsiNew).toBe(1)
  })

  it('HI renewal counts with anyPayment, not with noCard; a lapsed card makes the payment new', () => {
    const both = [r2, r6]
    const window = { from: '2026-11-21' }
    expect(tallyCampaign(both, window, defaultRules).totals.hiNew).toBe(0)
    expect(
      tallyCampaign(both, window, withTally({ countResumedAsNew: true, hiNewDefinition: 'anyPayment' }))
        .totals.hiNew,
    ).toBe(1)
    // 3 months paid 10/01 → card 09/02–08/05; paid again 10/11: no card the day before → new.
    const jan = rec(
      'A',
      '2026-01-10T09:00:00+07:00',
      's1',
      [person('22', { hi: { months: 3, householdOrder: 1, amountDue: 315_900 } })],
      315_900,
    )
    const nov = rec(
      'B',
      '2026-11-10T09:00:00+07:00',
      's1',
      [person('22', { hi: { months: 3, householdOrder: 1, amountDue: 341_550 } })],
      341_550,
    )
    expect(tallyCampaign([jan, nov], november, defaultRules).totals.hiNew).toBe(1)
  })

  it('voided and unapproved records are no history either', () => {
    const voided = rec('A', '2026-10-05T09:00:00+07:00', 's1', [person('23', { vsi: oneMonth })], 264_000, {
      voided: true,
    })
    const returned = rec('A', '2026-10-06T09:00:00+07:00', 's1', [person('23', { vsi: oneMonth })], 264_000, {
      reviewStatus: 'returned',
    })
    const nov = rec('B', '2026-11-05T09:00:00+07:00', 's1', [person('23', { vsi: oneMonth })], 264_000)
    expect(tallyCampaign([voided, returned, nov], november, defaultRules).totals.vsiNew).toBe(1)
  })
})

describe('people advised', () => {
  const booth = {
    eventId: 'ev-1',
    recordedAt: '2026-11-25T19:30:00+07:00',
    people: 12,
    communeCode: '02683',
    communeName: 'Xã Bát Xát',
    ownerId: 'u1',
    ownerName: 'Cán bộ thu 1',
  }

  it('adds heads, not distinct people: a booth of 12 and one person the next morning are 13', () => {
    // 23:30 UTC on the 25th is already the 26th in Vietnam.
    const morning = { ...booth, people: 1, recordedAt: '2026-11-25T23:30:00Z', communeCode: undefined }
    const t = tallyCampaign([], {}, defaultRules, [booth, morning])
    expect(t.totals).toMatchObject({ advised: 13, registrations: 0, vsiNew: 0 })
    expect(t.byDay).toMatchObject({ '2026-11-25': { advised: 12 }, '2026-11-26': { advised: 1 } })
    expect(t.byEvent['ev-1']?.advised).toBe(13)
    expect(t.byStaff['u1']?.advised).toBe(13)
    // Without a commune code the entry counts everywhere but in the commune rows.
    expect(t.byCommune).toEqual({ '02683': expect.objectContaining({ advised: 12 }) })
    expect(t.names).toEqual({ commune: { '02683': 'Xã Bát Xát' }, staff: { u1: 'Cán bộ thu 1' } })
  })

  it('keeps to the scope: another event, or a day outside from–to, counts nothing', () => {
    const other = { ...booth, eventId: 'ev-2', people: 7 }
    expect(tallyCampaign([], { eventId: 'ev-1' }, defaultRules, [booth, other]).totals.advised).toBe(12)
    expect(tallyCampaign([], { from: '2026-11-26' }, defaultRules, [booth]).totals.advised).toBe(0)
  })
})

describe('renewals', () => {
  it('counts a household HI card renewed from the office’s list apart from new participants', () => {
    const renewed = sampleRegistration({
      id: '0b7e3c1a-5d2f-4e8a-9c6b-000000000099',
      participants: [
        {
          ...sampleParticipant(),
          vsi: undefined,
          hi: { months: 12, householdOrder: 1, amountDue: 1_366_200, renewsCardTo: '2026-12-31' },
        },
      ],
    })
    const t = tallyCampaign(
      [{ registration: renewed, reviewStatus: 'approved', ownerId: 'u1' }],
      {},
      defaultRules,
    )
    expect(t.totals).toMatchObject({ hiRenewed: 1, hiNew: 0, registrations: 1 })
  })
})
