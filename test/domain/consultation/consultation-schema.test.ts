import { describe, expect, it } from 'vitest'
import {
  consultationSchema,
  type Consultation,
} from '../../../src/domain/consultation/consultation-schema.ts'

const booth: Consultation = {
  id: '0b7e3c1a-5d2f-4e8a-9c6b-1f2e3d4c5b6a',
  deviceId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  eventId: 'bat-xat-2026-11',
  recordedAt: '2026-11-25T19:30:00+07:00',
  people: 12,
  topics: ['vsi', 'hi'],
  interested: true,
}

const messages = (input: unknown) => {
  const r = consultationSchema.safeParse(input)
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

describe('consultationSchema', () => {
  it('takes a booth of 12 with no names, and one person with consent and a follow-up', () => {
    expect(messages(booth)).toEqual([])
    const mai = {
      ...booth,
      people: 1,
      person: { fullName: 'Lường Thị Mai', phone: '0912345678', consent: true },
      followUpOn: '2026-12-01',
    }
    expect(messages(mai)).toEqual([])
  })

  it('refuses what would make a wrong figure or keep a name without consent', () => {
    expect(messages({ ...booth, people: 0 })).toEqual(['people: Ít nhất 1 người'])
    expect(messages({ ...booth, people: 2.5 })).toEqual(['people: Số người phải là số nguyên'])
    expect(messages({ ...booth, topics: [] })).toEqual(['topics: Chọn ít nhất một nội dung tư vấn'])
    expect(messages({ ...booth, person: { fullName: 'Lường Thị Mai', consent: false } })).toEqual([
      'person.consent: Cần người được tư vấn đồng ý lưu tên và số điện thoại',
    ])
  })

  it('wants a person for a follow-up, on or after the day of the consultation', () => {
    expect(messages({ ...booth, followUpOn: '2026-12-01' })).toEqual([
      'followUpOn: Hẹn lại cần tên và số điện thoại của người được tư vấn',
    ])
    const person = { fullName: 'Lường Thị Mai', consent: true as const }
    expect(messages({ ...booth, person, followUpOn: '2026-11-24' })).toEqual([
      'followUpOn: Ngày hẹn lại không thể trước ngày tư vấn',
    ])
    expect(messages({ ...booth, person, followUpOn: '2026-12-32' })).toEqual([
      'followUpOn: Ngày không có thật',
    ])
    // 19:30 in Vietnam on the 25th: a follow-up the same day is fine.
    expect(messages({ ...booth, person, followUpOn: '2026-11-25' })).toEqual([])
  })
})
