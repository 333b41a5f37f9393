import { describe, expect, it } from 'vitest'
import { checkRegistration, defaultRules } from '../../../src/domain/index.ts'
import { sampleRegistrations } from '../../../src/server/demo/sample-registrations.ts'

describe('sampleRegistrations', () => {
  for (const collectedAt of ['2026-11-25T10:00:00+07:00', '2027-02-01T10:00:00+07:00']) {
    it(`are valid for the server's own check on ${collectedAt.slice(0, 10)}`, () => {
      const regs = sampleRegistrations(
        {
          deviceId: '00000000-0000-4000-8000-00000000d3a0',
          eventId: 'lao-cai-demo',
          collectedAt,
          receiptPrefix: 'LC001',
        },
        defaultRules,
      )
      expect(regs.length).toBeGreaterThanOrEqual(3)
      for (const r of regs) expect(checkRegistration(r, defaultRules)).toMatchObject({ ok: true })
      expect(new Set(regs.map((r) => r.id)).size).toBe(regs.length)
    })
  }
})
