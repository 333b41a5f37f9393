import { describe, expect, it } from 'vitest'
import { checkBeforeSave, checkRegistration } from '../../../src/domain/registration/check-registration.ts'
import type { Participant } from '../../../src/domain/registration/registration-schema.ts'
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

  it('refuses a minority person put in the 20 % group: the support changes the sum', () => {
    const minorityAsOther = sampleRegistration({ participants: [sampleParticipant({ ethnicityCode: '08' })] })
    expect(errorsOf(minorityAsOther)).toEqual([
      expect.objectContaining({ path: 'participants.0.vsi.supportGroup', code: 'invalid' }),
    ])
  })

  it('warns on equal hand-typed household ranks and unknown provinces', () => {
    const p = sampleParticipant()
    // A province code outside the list with a commune typed by hand (no code to check against it).
    const q = sampleParticipant({
      idNumber: '010085123457',
      address: { provinceCode: '02', commune: p.address.commune },
    })
    const reg = sampleRegistration({
      participants: [p, q],
      payment: { method: 'cash', amountCollected: 2 * 4_930_200, receiptNo: 'LC017-000123' },
    })
    expect(warningsOf(reg).map((w) => w.path)).toEqual([
      'participants.1.address.provinceCode',
      'participants.1.hi.householdOrder',
    ])
  })

  it('refuses the same ID number twice in one sitting: one person would pay twice', () => {
    const p = sampleParticipant()
    const reg = sampleRegistration({
      participants: [p, { ...p, hi: { ...p.hi!, householdOrder: 2, amountDue: 956_340 } }],
      payment: {
        method: 'cash',
        amountCollected: 4_930_200 + 3_564_000 + 956_340,
        receiptNo: 'LC017-000123',
      },
    })
    expect(errorsOf(reg)).toEqual([
      expect.objectContaining({ path: 'participants.1.idNumber', code: 'invalid' }),
    ])
  })

  describe('eligibility the law fixes (issue #9)', () => {
    // V3 (domain.md §2.5): 1,500,000 × 3 months at 30 % support → 693,000; at 20 % (OTHER) → 792,000.
    const v3 = (over: Partial<Participant>, group: Participant['vsi'] = undefined) =>
      sampleParticipant({
        hi: undefined,
        vsi: group ?? {
          monthlyIncome: 1_500_000,
          months: 3,
          supportGroup: 'ETHNIC_MINORITY',
          amountDue: 693_000,
        },
        ...over,
      })
    const alone = (p: Participant) =>
      sampleRegistration({
        participants: [p],
        payment: { method: 'cash', amountCollected: p.vsi?.amountDue ?? 0, receiptNo: 'LC017-000123' },
      })

    it('V3 for a Hmông woman is accepted; the same 30 % for a Kinh man is refused as ineligible', () => {
      expect(warningsOf(alone(v3({ ethnicityCode: '08', idNumber: '010185123456', sex: 'female' })))).toEqual(
        [],
      )
      expect(errorsOf(alone(v3({ ethnicityCode: '01' })))).toEqual([
        {
          path: 'participants.0.vsi.supportGroup',
          code: 'ineligible',
          message: 'Người dân tộc Kinh không thuộc nhóm hỗ trợ dân tộc thiểu số (30%)',
        },
      ])
    })

    it('refuses VSI to someone already receiving a pension or a monthly benefit; no or not asked is fine', () => {
      const vsi = {
        monthlyIncome: 3_000_000,
        months: 6,
        supportGroup: 'OTHER',
        amountDue: 3_564_000,
      } as const
      const pensioner = v3({}, { ...vsi, receivesPensionOrBenefit: true })
      expect(errorsOf(alone(pensioner))).toEqual([
        expect.objectContaining({ path: 'participants.0.vsi.receivesPensionOrBenefit', code: 'ineligible' }),
      ])
      expect(warningsOf(alone(v3({}, { ...vsi, receivesPensionOrBenefit: false })))).toEqual([])
      // Older clients never asked: the field is absent and the registration still syncs.
      expect(warningsOf(alone(v3({}, vsi)))).toEqual([])
    })

    it('refuses VSI with the cashless-pension service: that person receives a pension', () => {
      const vsi = {
        monthlyIncome: 3_000_000,
        months: 6,
        supportGroup: 'OTHER',
        amountDue: 3_564_000,
      } as const
      const p = v3({ services: { vssidAssisted: false, cashlessPension: true } }, vsi)
      expect(errorsOf(alone(p))).toEqual([
        expect.objectContaining({ path: 'participants.0.services.cashlessPension', code: 'ineligible' }),
      ])
    })

    it('H5 with the child known by birth date: her HI is refused, the others keep ranks 1–4', () => {
      // domain.md §3.6 H5: 6 listed, incl. a child under 6 and a pensioner; 4 ranked → 3,825,360.
      const ranks = [1_366_200, 956_340, 819_720, 683_100]
      const adult = (n: number, rank: number) =>
        sampleParticipant({
          idNumber: `0100851234${50 + n}`,
          vsi: undefined,
          hi: { months: 12, householdOrder: rank, amountDue: ranks[rank - 1]!, alreadyValidRanks: 0 },
        })
      const child = sampleParticipant({
        idNumber: '010323774403',
        dateOfBirth: '2023-02-14',
        sex: 'female',
        vsi: undefined,
        hi: { months: 12, householdOrder: 3, amountDue: 819_720, alreadyValidRanks: 0 },
      })
      const pensioner = sampleParticipant({
        idNumber: '010055123499',
        dateOfBirth: '1955',
        vsi: undefined,
        hi: undefined,
        hiExclusions: ['PENSIONER'],
        services: { vssidAssisted: false, cashlessPension: true },
      })
      const participants = [adult(1, 1), adult(2, 2), child, adult(3, 3), pensioner, adult(4, 4)]
      const payment = { method: 'cash', amountCollected: 3_825_360, receiptNo: 'LC017-000123' } as const
      expect(errorsOf(sampleRegistration({ participants, payment }))).toEqual([
        expect.objectContaining({ path: 'participants.2.hi', code: 'ineligible' }),
      ])
      const withoutHi = participants.map((p) => (p === child ? { ...child, hi: undefined } : p))
      expect(warningsOf(sampleRegistration({ participants: withoutHi, payment }))).toEqual([])
    })
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

describe('a collection date with no rule row', () => {
  it('is an answer at collectedAt, not an exception', () => {
    const ancient = sampleRegistration({ collectedAt: '1970-01-01T09:00:00+07:00' })
    const result = checkRegistration(ancient, defaultRules)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors).toEqual([
      expect.objectContaining({ path: 'collectedAt', code: 'out_of_range' }),
    ])
  })
})

describe('a commune code and its province', () => {
  it('refuses a code of another province and a code outside the list', () => {
    const elsewhere = sampleRegistration({
      participants: [
        {
          ...sampleParticipant(),
          address: { provinceCode: '15', communeCode: '00004', commune: 'Phường Ba Đình' },
        },
      ],
    })
    expect(errorsOf(elsewhere)).toContainEqual(
      expect.objectContaining({ path: 'participants.0.address.communeCode', code: 'unknown_code' }),
    )
    const unknown = sampleRegistration({
      participants: [
        {
          ...sampleParticipant(),
          address: { provinceCode: '15', communeCode: '99999', commune: 'Xã Không Có' },
        },
      ],
    })
    expect(errorsOf(unknown)).toContainEqual(
      expect.objectContaining({ path: 'participants.0.address.communeCode', code: 'unknown_code' }),
    )
  })

  it('accepts the sample’s Bát Xát in Lào Cai, and a commune typed without a code', () => {
    expect(checkRegistration(sampleRegistration(), defaultRules).ok).toBe(true)
    const typed = sampleRegistration({
      participants: [
        { ...sampleParticipant(), address: { provinceCode: '15', commune: 'Thôn ngoài danh mục' } },
      ],
    })
    expect(checkRegistration(typed, defaultRules).ok).toBe(true)
  })
})

describe('checkBeforeSave', () => {
  it('takes a new registration without its receipt number, which the phone gives when it saves', () => {
    const reg = sampleRegistration()
    const unnumbered = { ...reg, payment: reg.payment && { ...reg.payment, receiptNo: undefined } }
    expect(checkRegistration(unnumbered, defaultRules).ok).toBe(false)
    expect(checkBeforeSave(unnumbered, defaultRules).ok).toBe(true)
    // Everything else is the same rulebook: a wrong amount is still refused.
    const short = { ...unnumbered, payment: { method: 'cash', amountCollected: 1_000 } }
    expect(checkBeforeSave(short, defaultRules)).toMatchObject({
      ok: false,
      errors: [{ path: 'payment.amountCollected', code: 'amount_mismatch' }],
    })
  })
})
