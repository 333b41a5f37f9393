import { describe, expect, it } from 'vitest'
import { checkRegistration } from '../../../src/domain/registration/check-registration.ts'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'
import { sampleParticipant, sampleRegistration } from './sample-registration.ts'

const ENGLISH = /\b(Invalid|Expected|expected|Required|Too (small|big)|received)\b/

function errorsOf(input: unknown) {
  const r = checkRegistration(input, defaultRules)
  return r.ok ? [] : r.errors
}
function warningsOf(input: unknown) {
  const r = checkRegistration(input, defaultRules)
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('; '))
  return r.warnings
}

describe('checkRegistration', () => {
  it('accepts a consistent registration with no warnings', () => {
    expect(warningsOf(sampleRegistration())).toEqual([])
  })

  it('rejects a wrong amount with expected and received', () => {
    const p = sampleParticipant()
    const reg = sampleRegistration({ participants: [{ ...p, hi: { ...p.hi!, amountDue: 1_000_000 } }] })
    expect(errorsOf(reg)).toEqual([
      expect.objectContaining({
        path: 'participants.0.hi.amountDue',
        code: 'amount_mismatch',
        details: { expected: 1_366_200, received: 1_000_000 },
        message: 'Số tiền không khớp: phải là 1.366.200 đồng, nhận 1.000.000 đồng',
      }),
    ])
  })

  it('rejects a collected sum that differs from the quotes', () => {
    const reg = sampleRegistration({
      payment: { method: 'cash', amountCollected: 1, receiptNo: 'LC017-000123' },
    })
    expect(errorsOf(reg)[0]).toMatchObject({
      path: 'payment.amountCollected',
      code: 'amount_mismatch',
      details: { expected: 4_930_200, received: 1 },
    })
  })

  describe('VSI minimum age', () => {
    it('refuses a 14-year-old', () => {
      const reg = sampleRegistration({
        participants: [
          sampleParticipant({ dateOfBirth: '2012-01-10', idNumber: '010212123456', hi: undefined }),
        ],
        payment: { method: 'cash', amountCollected: 3_564_000, receiptNo: 'LC017-000123' },
      })
      expect(errorsOf(reg)).toEqual([
        expect.objectContaining({ path: 'participants.0.dateOfBirth', code: 'ineligible' }),
      ])
    })

    it('accepts someone 15 today and warns on a year-only birth date that may be 14', () => {
      const base = { idNumber: '010211123456', hi: undefined } as const
      const payment = { method: 'cash', amountCollected: 3_564_000, receiptNo: 'LC017-000123' } as const
      expect(
        warningsOf(
          sampleRegistration({
            participants: [sampleParticipant({ ...base, dateOfBirth: '2011-11-25' })],
            payment,
          }),
        ),
      ).toEqual([])
      expect(
        warningsOf(
          sampleRegistration({
            participants: [sampleParticipant({ ...base, dateOfBirth: '2011' })],
            payment,
          }),
        ),
      ).toEqual([expect.objectContaining({ path: 'participants.0.dateOfBirth', code: 'ineligible' })])
    })

    it('does not apply to HI only', () => {
      const reg = sampleRegistration({
        participants: [
          sampleParticipant({ dateOfBirth: '2012-01-10', idNumber: '010212123456', vsi: undefined }),
        ],
        payment: { method: 'cash', amountCollected: 1_366_200, receiptNo: 'LC017-000123' },
      })
      expect(warningsOf(reg)).toEqual([])
    })
  })

  it('warns on ID digits that disagree with year and sex', () => {
    const reg = sampleRegistration({
      participants: [sampleParticipant({ dateOfBirth: '1986', sex: 'female' })],
    })
    const w = warningsOf(reg)
    expect(w.map((x) => [x.path, x.code, x.details?.['part']])).toEqual([
      ['participants.0.idNumber', 'id_mismatch', 'year'],
      ['participants.0.idNumber', 'id_mismatch', 'sex'],
    ])
    for (const x of w) expect(x).not.toHaveProperty('severity')
  })

  it('warns on an unknown phone prefix', () => {
    const reg = sampleRegistration({ participants: [sampleParticipant({ phone: '0201234567' })] })
    expect(warningsOf(reg)).toEqual([
      expect.objectContaining({ path: 'participants.0.phone', code: 'invalid_phone' }),
    ])
  })

  it('warns when the support group contradicts the ethnic group', () => {
    const minorityAsOther = sampleRegistration({ participants: [sampleParticipant({ ethnicityCode: '08' })] })
    expect(warningsOf(minorityAsOther)).toEqual([
      expect.objectContaining({ path: 'participants.0.vsi.supportGroup' }),
    ])
  })

  it('warns on duplicate IDs and household ranks, and unknown provinces', () => {
    const p = sampleParticipant()
    const reg = sampleRegistration({
      participants: [p, { ...p, address: { ...p.address, provinceCode: '02' } }],
      payment: { method: 'cash', amountCollected: 2 * 4_930_200, receiptNo: 'LC017-000123' },
    })
    expect(warningsOf(reg).map((w) => w.path)).toEqual([
      'participants.1.address.provinceCode',
      'participants.1.idNumber',
      'participants.1.hi.householdOrder',
    ])
  })

  it('answers schema failures in Vietnamese only', () => {
    const bad = {
      ...sampleRegistration(),
      revision: 0,
      eventId: '',
      participants: [{ ...sampleParticipant(), services: undefined, address: { provinceCode: 'x' } }],
      note: 'x'.repeat(501),
    }
    const errors = errorsOf(bad)
    expect(errors.length).toBeGreaterThan(3)
    for (const e of errors) expect(e.message, `${e.path}: ${e.message}`).not.toMatch(ENGLISH)
    expect(errors).toContainEqual(
      expect.objectContaining({ path: 'participants.0.services', code: 'required' }),
    )
    expect(errors).toContainEqual(expect.objectContaining({ path: 'revision', code: 'out_of_range' }))
  })

  it('rejects a non-object in Vietnamese', () => {
    const errors = errorsOf('nonsense')
    expect(errors[0]?.message).toBe('Sai kiểu dữ liệu')
  })
})
