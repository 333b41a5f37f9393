// Valid registrations built from the worked figures of domain.md, written out (not recomputed) so the
// server's own quote is checked against independent numbers.
import type { Participant, Registration } from '../../../src/domain/index.ts'

export const COLLECTED_AT = '2026-11-25T09:30:00+07:00'
/** VSI: income 1,500,000 × 12 months, NEAR_POOR: 330,000×12 − 132,000×12 on 2026-11-25. */
export const VSI_NEAR_POOR_12 = 2_376_000
/** HI: first member, 12 months: 4.5 % × 2,530,000 = 113,850 × 12. */
export const HI_RANK1_12 = 1_366_200

export const DEVICE_1 = '11111111-1111-4111-8111-111111111111'
export const DEVICE_2 = '22222222-2222-4222-8222-222222222222'
export const DEVICE_3 = '33333333-3333-4333-8333-333333333333'

let counter = 0
/** A fresh UUID-shaped id per call, readable in failures. */
export function nextId(): string {
  counter += 1
  return `aaaaaaaa-0000-4000-8000-${String(counter).padStart(12, '0')}`
}

let serial = 0
/**
 * A valid ID number no other registration of the test file has: the province, century-sex and birth-year
 * digits of `like` (so it still matches that person's sex and date of birth), then a new serial.
 */
export function freshIdNumber(like = '010190001234'): string {
  serial += 1
  return like.slice(0, 6) + String(500_000 + serial).padStart(6, '0')
}

export function vsiPerson(overrides: Partial<Participant> = {}): Participant {
  return {
    fullName: 'Hoàng Thị Lan',
    idNumber: '010190001234',
    dateOfBirth: '1990-04-02',
    sex: 'female',
    ethnicityCode: '02',
    phone: '0912345678',
    address: { provinceCode: '15', communeCode: '02683', commune: 'Xã Bát Xát', village: 'Thôn Phìn Ngan' },
    consent: true,
    vsi: { monthlyIncome: 1_500_000, months: 12, supportGroup: 'NEAR_POOR', amountDue: VSI_NEAR_POOR_12 },
    services: { vssidAssisted: true, cashlessPension: false },
    ...overrides,
  }
}

export function hiPerson(overrides: Partial<Participant> = {}): Participant {
  return {
    fullName: 'Giàng A Páo',
    idNumber: '010078005678',
    dateOfBirth: '1978',
    sex: 'male',
    ethnicityCode: '08',
    address: { provinceCode: '15', commune: 'Xã Y Tý' },
    consent: true,
    hi: { months: 12, householdOrder: 1, amountDue: HI_RANK1_12 },
    services: { vssidAssisted: false, cashlessPension: false },
    ...overrides,
  }
}

// Receipt numbers are unique on the server (issue #10): each call takes the next number of its prefix.
const receiptSeqs = new Map<string, number>()

export function registration(
  overrides: Partial<Registration> & { participants?: Participant[] } = {},
  receiptPrefix = 'LC001',
): Registration {
  const participants = overrides.participants ?? [vsiPerson()]
  const total = participants.reduce((s, p) => s + (p.vsi?.amountDue ?? 0) + (p.hi?.amountDue ?? 0), 0)
  return {
    id: nextId(),
    revision: 1,
    deviceId: DEVICE_1,
    eventId: 'lao-cai-demo',
    collectedAt: COLLECTED_AT,
    participants,
    payment:
      total > 0 ? { method: 'cash', amountCollected: total, receiptNo: nextReceiptNo(receiptPrefix) } : null,
    ...overrides,
  }
}

function nextReceiptNo(prefix: string): string {
  const seq = (receiptSeqs.get(prefix) ?? 0) + 1
  receiptSeqs.set(prefix, seq)
  return `${prefix}-${String(seq).padStart(6, '0')}`
}
