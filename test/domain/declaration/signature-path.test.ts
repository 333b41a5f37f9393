import { describe, expect, it } from 'vitest'
import { signaturePath } from '../../../src/domain/declaration/signature-path.ts'
import { signatureSchema } from '../../../src/domain/registration/registration-schema.ts'

const signedAt = '2026-11-25T09:40:00+07:00'

describe('signaturePath', () => {
  it('writes strokes as whole numbers in the 600 × 200 box, dropping points that did not move', () => {
    const path = signaturePath([
      [
        { x: 0.1, y: 0.5 },
        { x: 0.1001, y: 0.5001 },
        { x: 0.2, y: 0.25 },
      ],
      [
        { x: 0.5, y: 0.5 },
        { x: 0.6, y: 0.75 },
      ],
    ])
    expect(path).toBe('M60 100L120 50M300 100L360 150')
    expect(signatureSchema.safeParse({ svgPath: path, signedAt }).success).toBe(true)
  })

  it('keeps a tap as a dot and points off the pad on its edge', () => {
    expect(signaturePath([[{ x: 0.5, y: 0.5 }]])).toBe('M300 100L301 100')
    expect(
      signaturePath([
        [
          { x: -0.2, y: 1.4 },
          { x: 0.3, y: 0.3 },
        ],
      ]),
    ).toBe('M0 200L180 60')
  })

  it('is refused by the schema when it is not a path of ours', () => {
    for (const svgPath of ['', 'M10 10 Z', '<script>', 'M1000 10']) {
      expect(signatureSchema.safeParse({ svgPath, signedAt }).success, svgPath).toBe(false)
    }
  })
})
