// Issue #9 §4.2: an ID number already enrolled on this phone is found before cash is taken again.
import { describe, expect, it } from 'vitest'
import {
  earlierEnrolments,
  noteWithRepeatReason,
  type LocalEnrolment,
} from '../../../../src/app/features/enrol/earlier-enrolments.ts'
import { sampleParticipant, sampleRegistration } from '../../../domain/registration/sample-registration.ts'

const ID = '010085774401'
function local(n: number, more: { void?: boolean; review?: 'rejected' | 'approved'; at?: string } = {}) {
  const record = sampleRegistration({
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    collectedAt: more.at ?? `2026-11-25T0${n}:00:00+07:00`,
    participants: [sampleParticipant({ idNumber: ID })],
  })
  record.payment = { method: 'cash', amountCollected: 1, receiptNo: `LC017-00000${n}` }
  if (more.void) record.void = { reason: 'Nhầm', at: '2026-11-25T10:00:00+07:00' }
  const r: LocalEnrolment = { id: record.id, record }
  if (more.review) r.review = { status: more.review }
  return r
}

describe('earlierEnrolments', () => {
  it('finds the earliest standing registration with the ID number', () => {
    const found = earlierEnrolments([local(3), local(2)], undefined).get(ID)
    expect(found).toMatchObject({ id: local(2).id, receiptNo: 'LC017-000002' })
  })
  it('leaves out voided and rejected ones, and the registration being corrected', () => {
    expect(
      earlierEnrolments([local(1, { void: true }), local(2, { review: 'rejected' })], undefined).size,
    ).toBe(0)
    expect(earlierEnrolments([local(3)], local(3).id).size).toBe(0)
    expect(earlierEnrolments([local(4, { review: 'approved' })], undefined).get(ID)?.id).toBe(local(4).id)
  })
})

describe('noteWithRepeatReason', () => {
  const earlier = { id: 'x', receiptNo: 'LC017-000002', collectedAt: '2026-11-25T02:00:00+07:00' }
  it('puts one line per repeated person before the note the form wrote', () => {
    expect(noteWithRepeatReason('Ghi chú khác', [{ index: 0, earlier }], '  Đóng thêm  cho năm sau ')).toBe(
      'Người thứ 1: đã ghi danh trên máy này (biên lai LC017-000002) — Đóng thêm cho năm sau\nGhi chú khác',
    )
  })
  it('keeps the note as it is when nobody is repeated', () => {
    expect(noteWithRepeatReason(undefined, [], 'x')).toBeUndefined()
  })
})
