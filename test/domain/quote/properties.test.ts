import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { quoteHi } from '../../../src/domain/quote/hi-quote.ts'
import { householdRanks, type RankedMember } from '../../../src/domain/quote/household-ranks.ts'
import { quoteVsi, type VsiQuote } from '../../../src/domain/quote/vsi-quote.ts'
import { valueOn } from '../../../src/domain/rules/dated.ts'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'
import {
  registrationSchema,
  supportGroups,
  type Participant,
  type Registration,
} from '../../../src/domain/registration/registration-schema.ts'

const rules = defaultRules
const STEP = 50_000

// Payment dates from the NĐ 159/2025 start to the end of the 2027 projection.
const dateArb = fc
  .integer({ min: 0, max: 913 })
  .map((d) => new Date(Date.UTC(2025, 6, 1 + d)).toISOString().slice(0, 10))
const vsiMonthsArb = fc.constantFrom(1, 3, 6, 12)
const hiMonthsArb = fc.constantFrom(3, 6, 12)

function bounds(on: string) {
  const floor = valueOn(rules.povertyLineRural, on, 'floor')
  const ceiling = 20 * valueOn(rules.referenceLevel, on, 'ref')
  return { floor, steps: Math.floor((ceiling - floor) / STEP) }
}

const vsiCaseArb = dateArb.chain((on) =>
  fc.record({
    on: fc.constant(on),
    step: fc.integer({ min: 0, max: bounds(on).steps }),
    months: vsiMonthsArb,
    supportGroup: fc.constantFrom(...supportGroups),
    priorSupportedMonths: fc.integer({ min: 0, max: 130 }),
  }),
)

function vsi(c: {
  on: string
  step: number
  months: number
  supportGroup: (typeof supportGroups)[number]
  priorSupportedMonths: number
}): VsiQuote {
  const monthlyIncome = bounds(c.on).floor + c.step * STEP
  const r = quoteVsi({ ...c, monthlyIncome }, rules, c.on)
  if (!r.ok) throw new Error(r.issue.message)
  return r.quote
}

const isMoney = (n: number) => Number.isSafeInteger(n) && n >= 0

describe('VSI quote properties', () => {
  it('amounts are non-negative integers and support never exceeds gross', () => {
    fc.assert(
      fc.property(vsiCaseArb, (c) => {
        const q = vsi(c)
        for (const n of [q.gross, q.stateSupport, q.localSupport, q.payable]) expect(isMoney(n)).toBe(true)
        expect(q.stateSupport + q.localSupport).toBeLessThanOrEqual(q.gross)
        expect(q.payable).toBe(q.gross - q.stateSupport - q.localSupport)
      }),
    )
  })

  it('a longer period never costs less', () => {
    fc.assert(
      fc.property(vsiCaseArb, vsiMonthsArb, (c, other) => {
        const [short, long] = [Math.min(c.months, other), Math.max(c.months, other)]
        expect(vsi({ ...c, months: short }).payable).toBeLessThanOrEqual(vsi({ ...c, months: long }).payable)
      }),
    )
  })

  it('more income never costs less', () => {
    fc.assert(
      fc.property(vsiCaseArb, fc.nat(), (c, extra) => {
        const higher = Math.min(bounds(c.on).steps, c.step + (extra % 50))
        expect(vsi(c).payable).toBeLessThanOrEqual(vsi({ ...c, step: higher }).payable)
      }),
    )
  })
})

const memberArb: fc.Arbitrary<RankedMember> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ inHi: true, excluded: false }) },
  { weight: 1, arbitrary: fc.constant({ inHi: true, excluded: true }) },
  { weight: 1, arbitrary: fc.constant({ inHi: false, excluded: false }) },
)

describe('household HI properties', () => {
  const caseArb = fc.record({
    on: dateArb,
    members: fc.array(memberArb, { maxLength: 10 }),
    months: hiMonthsArb,
    already: fc.integer({ min: 0, max: 4 }),
  })

  // Each member's amount as the form and checkRegistration compute it; undefined for members not ranked.
  function amounts(members: readonly RankedMember[], months: number, on: string, already: number) {
    return householdRanks(members, already).map((rank) => {
      if (rank === undefined) return undefined
      const r = quoteHi({ months, householdOrder: rank }, rules, on)
      if (!r.ok) throw new Error(r.issue.message)
      return r.quote.amount
    })
  }
  const total = (members: readonly RankedMember[], months: number, on: string, already: number) =>
    amounts(members, months, on, already).reduce<number>((sum, a) => sum + (a ?? 0), 0)

  it('amounts are non-negative integers and excluded members are not charged', () => {
    fc.assert(
      fc.property(caseArb, ({ on, members, months, already }) => {
        const lines = amounts(members, months, on, already)
        for (const a of lines) if (a !== undefined) expect(isMoney(a)).toBe(true)
        const notCharged = members.filter((m) => m.excluded || !m.inHi).length
        expect(lines.filter((a) => a === undefined)).toHaveLength(notCharged)
      }),
    )
  })

  it('a longer period never costs less, and an extra member never lowers the total', () => {
    fc.assert(
      fc.property(caseArb, hiMonthsArb, ({ on, members, months, already }, other) => {
        const [short, long] = [Math.min(months, other), Math.max(months, other)]
        expect(total(members, short, on, already)).toBeLessThanOrEqual(total(members, long, on, already))
        expect(total(members, months, on, already)).toBeLessThanOrEqual(
          total([...members, { inHi: true, excluded: false }], months, on, already),
        )
      }),
    )
  })
})

// Valid registrations: optional keys are omitted, never undefined, as JSON would do.
const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''))
const hex = (n: number) =>
  fc.array(fc.constantFrom(...'0123456789abcdef'), { minLength: n, maxLength: n }).map((d) => d.join(''))
const uuidArb = fc.tuple(hex(8), hex(4), hex(4), hex(4), hex(12)).map((p) => p.join('-'))
const nameArb = fc
  .tuple(
    fc.constantFrom('Nguyễn', 'Lò', 'Giàng', 'Hoàng', 'Đặng', 'Vàng'),
    fc.constantFrom('Văn', 'Thị', 'A', 'Seo'),
    fc.constantFrom('Páo', 'Ánh', 'Sình', 'Mỷ', 'Ước'),
  )
  .map((p) => p.join(' '))
const dobArb = fc.oneof(
  fc.integer({ min: 1930, max: 2010 }).map(String),
  fc
    .tuple(fc.integer({ min: 1930, max: 2010 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .tuple(
      fc.integer({ min: 1930, max: 2010 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
)
const participantArb: fc.Arbitrary<Participant> = fc.record(
  {
    fullName: nameArb,
    idNumber: digits(12),
    dateOfBirth: dobArb,
    sex: fc.constantFrom('male' as const, 'female' as const),
    ethnicityCode: fc.integer({ min: 1, max: 54 }).map((n) => String(n).padStart(2, '0')),
    phone: digits(9).map((d) => `0${d}`),
    address: fc.record(
      {
        provinceCode: fc.constantFrom('15', '01', '79'),
        communeCode: digits(5),
        commune: fc.constantFrom('Xã Bát Xát', 'Phường Sa Pa'),
        village: fc.string({ maxLength: 20 }),
      },
      { requiredKeys: ['provinceCode', 'commune'] },
    ),
    consent: fc.constant(true as const),
    vsi: fc.record(
      {
        monthlyIncome: fc.integer({ min: 0, max: 10_000_000 }),
        months: fc.constantFrom(1 as const, 3 as const, 6 as const, 12 as const),
        supportGroup: fc.constantFrom(...supportGroups),
        priorSupportedMonths: fc.integer({ min: 0, max: 1200 }),
        amountDue: fc.integer({ min: 0, max: 100_000_000 }),
      },
      { requiredKeys: ['monthlyIncome', 'months', 'supportGroup', 'amountDue'] },
    ),
    hi: fc.record({
      months: fc.constantFrom(3 as const, 6 as const, 12 as const),
      householdOrder: fc.integer({ min: 1, max: 10 }),
      amountDue: fc.integer({ min: 0, max: 10_000_000 }),
    }),
    services: fc.record({ vssidAssisted: fc.constant(true), cashlessPension: fc.boolean() }),
  },
  {
    requiredKeys: [
      'fullName',
      'idNumber',
      'dateOfBirth',
      'sex',
      'ethnicityCode',
      'address',
      'consent',
      'services',
    ],
  },
)
const registrationArb: fc.Arbitrary<Registration> = fc.record(
  {
    id: uuidArb,
    revision: fc.integer({ min: 1, max: 1000 }),
    deviceId: uuidArb,
    eventId: fc.string({ minLength: 1, maxLength: 64 }),
    collectedAt: fc.constantFrom('2026-11-25T09:30:00+07:00', '2026-11-25T02:30:00.123Z'),
    participants: fc.array(participantArb, { minLength: 1, maxLength: 10 }),
    payment: fc.option(
      fc.record({
        method: fc.constant('cash' as const),
        amountCollected: fc.integer({ min: 0, max: 1_000_000_000 }),
        receiptNo: fc
          .tuple(fc.constantFrom('LC017', 'LC07', 'A1'), fc.integer({ min: 1, max: 999_999 }))
          .map(([p, n]) => `${p}-${String(n).padStart(6, '0')}`),
      }),
      { nil: null },
    ),
    note: fc.string({ maxLength: 500 }),
  },
  { requiredKeys: ['id', 'revision', 'deviceId', 'eventId', 'collectedAt', 'participants', 'payment'] },
)

describe('registration wire format', () => {
  it('a valid registration survives a JSON round trip through registrationSchema unchanged', () => {
    fc.assert(
      fc.property(registrationArb, (reg) => {
        const first = registrationSchema.safeParse(reg)
        expect(first.success, JSON.stringify(first.error?.issues)).toBe(true)
        const again = registrationSchema.parse(JSON.parse(JSON.stringify(first.data)))
        // toEqual, not toStrictEqual: fast-check builds null-prototype objects; no undefined values are generated.
        expect(again).toEqual(reg)
      }),
    )
  })
})
