// A valid registration for tests: one Kinh man in Lào Cai with V2 (VSI) and H1 (HI) on 2026-11-25.
import type { Participant, Registration } from '../../../src/domain/registration/registration-schema.ts'

export function sampleParticipant(overrides: Partial<Participant> = {}): Participant {
  return {
    fullName: 'Nguyễn Văn An',
    idNumber: '010085123456',
    dateOfBirth: '1985-04-02',
    sex: 'male',
    ethnicityCode: '01',
    phone: '0987654321',
    address: { provinceCode: '15', communeCode: '02683', commune: 'Xã Bát Xát', village: 'Thôn 1' },
    consent: true,
    vsi: { monthlyIncome: 3_000_000, months: 6, supportGroup: 'OTHER', amountDue: 3_564_000 },
    hi: { months: 12, householdOrder: 1, amountDue: 1_366_200 },
    services: { vssidAssisted: true, cashlessPension: false },
    ...overrides,
  }
}

export function sampleRegistration(overrides: Partial<Registration> = {}): Registration {
  return {
    id: '0b7e3c1a-5d2f-4e8a-9c6b-1f2e3d4c5b6a',
    revision: 1,
    deviceId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    eventId: 'bat-xat-2026-11',
    collectedAt: '2026-11-25T09:30:00+07:00',
    participants: [sampleParticipant()],
    payment: { method: 'cash', amountCollected: 4_930_200, receiptNo: 'LC017-000123' },
    ...overrides,
  }
}
