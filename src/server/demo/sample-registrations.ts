import { createHash } from 'node:crypto'
import {
  formatReceiptNo,
  quoteHi,
  quoteVsi,
  valueOn,
  vietnamDate,
  type Participant,
  type Registration,
  type RuleSet,
} from '../../domain/index.ts'

// Invented people for demos only: ID numbers are well-formed (010 = born in Lào Cai) but belong to nobody.
const people = [
  {
    fullName: 'Nguyễn Văn An',
    idNumber: '010085001201',
    dateOfBirth: '1985-03-12',
    sex: 'male',
    ethnicityCode: '01',
  },
  {
    fullName: 'Lý Thị Mai',
    idNumber: '010190004502',
    dateOfBirth: '1990',
    sex: 'female',
    ethnicityCode: '08',
  },
  {
    fullName: 'Vàng A Sử',
    idNumber: '010078003303',
    dateOfBirth: '1978-11',
    sex: 'male',
    ethnicityCode: '08',
  },
  {
    fullName: 'Tẩn Thị Dín',
    idNumber: '010195007704',
    dateOfBirth: '1995-06-30',
    sex: 'female',
    ethnicityCode: '09',
  },
] as const

/** A UUID-shaped id that is the same on every run for the same seed text (demo data must be reproducible). */
function stableUuid(seed: string): string {
  const h = createHash('sha256').update(seed).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`
}

/**
 * A few valid registrations collected at `collectedAt`, every amount taken from the domain quotes so they pass
 * the server's own check: one VSI, one household with two HI members, one VSI+HI, one service-only.
 */
export function sampleRegistrations(
  input: { deviceId: string; eventId: string; collectedAt: string; receiptPrefix: string },
  rules: RuleSet,
): Registration[] {
  const on = vietnamDate(input.collectedAt)
  const floor = valueOn(rules.povertyLineRural, on, 'poverty line')
  const address = {
    provinceCode: '15',
    communeCode: '02683',
    commune: 'Xã Bát Xát',
    village: 'Thôn Tả Pờ Hồ',
  }
  const services = { vssidAssisted: false, cashlessPension: false }
  const vsi = (supportGroup: 'NEAR_POOR' | 'ETHNIC_MINORITY', months: 1 | 3 | 6 | 12) => {
    const q = quoteVsi({ monthlyIncome: floor, months, supportGroup }, rules, on)
    if (!q.ok) throw new Error(q.issue.message)
    return { monthlyIncome: floor, months, supportGroup, amountDue: q.quote.payable }
  }
  const hi = (householdOrder: number, months: 3 | 6 | 12) => {
    const q = quoteHi({ months, householdOrder }, rules, on)
    if (!q.ok) throw new Error(q.issue.message)
    return { months, householdOrder, amountDue: q.quote.amount }
  }
  const [a, b, c, d] = people
  const groups: Participant[][] = [
    [
      {
        ...a,
        address,
        consent: true,
        vsi: vsi('NEAR_POOR', 12),
        services: { ...services, vssidAssisted: true },
      },
    ],
    [
      { ...b, address, consent: true, hi: hi(1, 12), services },
      { ...c, address, consent: true, hi: hi(2, 12), services },
    ],
    [
      {
        ...d,
        phone: '0912345678',
        address,
        consent: true,
        vsi: vsi('ETHNIC_MINORITY', 6),
        hi: hi(1, 12),
        services,
      },
    ],
    [{ ...c, address, consent: true, services: { vssidAssisted: true, cashlessPension: true } }],
  ]
  return groups.map((participants, i) => {
    const total = participants.reduce((sum, p) => sum + (p.vsi?.amountDue ?? 0) + (p.hi?.amountDue ?? 0), 0)
    return {
      id: stableUuid(`${input.deviceId}/${i}`),
      revision: 1,
      deviceId: input.deviceId,
      eventId: input.eventId,
      collectedAt: input.collectedAt,
      participants,
      payment:
        total > 0
          ? {
              method: 'cash',
              amountCollected: total,
              receiptNo: formatReceiptNo(input.receiptPrefix, i + 1),
            }
          : null,
    }
  })
}
