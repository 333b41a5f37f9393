import { describe, expect, it } from 'vitest'
import { isWeakPin } from '../../../../src/app/features/lock/weak-pin.ts'

describe('isWeakPin (issue #9 §4.7)', () => {
  it('refuses one digit six times', () => {
    for (const d of '0123456789') expect(isWeakPin(d.repeat(6))).toBe(true)
  })
  it('refuses runs up and down, wrapping too', () => {
    for (const pin of ['123456', '234567', '456789', '567890', '890123', '654321', '987654', '210987']) {
      expect(isWeakPin(pin)).toBe(true)
    }
  })
  it('refuses the most common PINs and repeated pairs or triples', () => {
    for (const pin of [
      '123123',
      '121212',
      '112233',
      '159753',
      '147258',
      '520520',
      '696969',
      '258258',
      '474747',
    ]) {
      expect(isWeakPin(pin)).toBe(true)
    }
  })
  it('accepts PINs with no obvious pattern', () => {
    for (const pin of ['482915', '258025', '147036', '730194']) expect(isWeakPin(pin)).toBe(false)
  })
})
