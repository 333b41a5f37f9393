import { expect, it } from 'vitest'
import { referToOffice } from '../../../src/domain/quote/refer-to-office.ts'

it('lists ADV and GAP as modes sent to the office', () => {
  expect(referToOffice.map((m) => m.code)).toEqual(['ADV', 'GAP'])
  for (const m of referToOffice) expect(m.note).toMatch(/cơ quan BHXH/)
})
