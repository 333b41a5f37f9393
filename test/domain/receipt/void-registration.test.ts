import { describe, expect, it } from 'vitest'
import { checkRegistration } from '../../../src/domain/registration/check-registration.ts'
import { registrationSchema } from '../../../src/domain/registration/registration-schema.ts'
import { voidRegistration } from '../../../src/domain/receipt/void-registration.ts'
import { defaultRules } from '../../../src/domain/rules/default-rules.ts'
import { sampleRegistration } from '../registration/sample-registration.ts'

const AT = '2026-11-25T10:05:00+07:00'

describe('voidRegistration', () => {
  it('marks the next revision void and keeps the receipt number and amounts', () => {
    const reg = sampleRegistration()
    const r = voidRegistration(reg, '  Ghi  sai số tiền ', AT)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.registration).toEqual({ ...reg, revision: 2, void: { reason: 'Ghi sai số tiền', at: AT } })
    // Still a valid wire record: amounts are checked as usual.
    expect(checkRegistration(r.registration, defaultRules).ok).toBe(true)
    // JSON round trip is lossless.
    expect(registrationSchema.parse(JSON.parse(JSON.stringify(r.registration)))).toEqual(r.registration)
  })

  it('needs a reason, a receipt, and is done once', () => {
    expect(voidRegistration(sampleRegistration(), ' ', AT)).toMatchObject({
      ok: false,
      issue: { path: 'void.reason', code: 'required' },
    })
    expect(voidRegistration(sampleRegistration({ payment: null }), 'Nhầm người', AT)).toMatchObject({
      ok: false,
    })
    const once = voidRegistration(sampleRegistration(), 'Nhầm người', AT)
    if (!once.ok) throw new Error('expected ok')
    expect(voidRegistration(once.registration, 'Lần nữa', AT)).toMatchObject({
      ok: false,
      issue: { message: 'Biên lai này đã huỷ' },
    })
  })

  it('old records without the new fields stay valid', () => {
    const parsed = registrationSchema.safeParse(sampleRegistration())
    expect(parsed.success).toBe(true)
    expect(parsed.data).not.toHaveProperty('void')
  })
})
