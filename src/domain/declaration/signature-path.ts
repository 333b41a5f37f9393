// A finger's strokes on the signing pad as the compact SVG path Signature v1 stores: whole numbers in the
// 600 × 200 box, a point kept only when it moved at least a pixel, so a signature weighs a few KB.
import { SIGNATURE_BOX } from '../registration/registration-schema.ts'

export interface PadPoint {
  /** 0…1 across the pad, whatever its size on the screen. */
  x: number
  y: number
}

export function signaturePath(strokes: readonly (readonly PadPoint[])[]): string {
  const parts: string[] = []
  for (const stroke of strokes) {
    let last: [number, number] | undefined
    for (const point of stroke) {
      const x = clamp(Math.round(point.x * SIGNATURE_BOX.width), SIGNATURE_BOX.width)
      const y = clamp(Math.round(point.y * SIGNATURE_BOX.height), SIGNATURE_BOX.height)
      if (last && last[0] === x && last[1] === y) continue
      parts.push(`${last ? 'L' : 'M'}${x} ${y}`)
      last = [x, y]
    }
    // A tap is a dot: draw it as a one-pixel line so it shows on paper.
    if (stroke.length > 0 && last && parts.at(-1)?.startsWith('M')) parts.push(`L${last[0] + 1} ${last[1]}`)
  }
  return parts.join('')
}

const clamp = (n: number, max: number) => Math.min(max, Math.max(0, n))
