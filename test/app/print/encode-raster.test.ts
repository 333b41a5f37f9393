import { describe, expect, it } from 'vitest'
import { decodeEscPosRaster, dotsOfRgba } from '../../../e2e/support/decode-escpos-raster.ts'
import { encodeRaster } from '../../../src/app/print/encode-raster.ts'
import { HEAD_DOTS, toOneBit } from '../../../src/app/print/one-bit-image.ts'

/** A test card in grey levels: a diagonal, a frame, and a band of mid greys either side of the threshold. */
function testCard(width: number, height: number): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(width * height * 4)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4
      let v = 255
      if (x === y || x === 0 || y === 0 || x === width - 1 || y === height - 1) v = 0
      else if (y > 40 && y < 60) v = (x * 7) % 256
      else if ((x >> 4) % 3 === 0 && (y >> 3) % 2 === 0) v = 30
      rgba[o] = v
      rgba[o + 1] = v
      rgba[o + 2] = v
      rgba[o + 3] = 255
    }
  }
  return rgba
}

describe('encodeRaster', () => {
  for (const [paper, width] of Object.entries(HEAD_DOTS)) {
    it(`${paper} mm: the bytes decode back to the same ${width}-dot bitmap, then a cut`, () => {
      // 301 rows: not a multiple of 8 (padding) and more than one raster block of 255 rows.
      const height = 301
      const image = toOneBit(testCard(width, height), width, height)
      const bytes = encodeRaster(image, { columns: paper === '58' ? 32 : 48 })
      const decoded = decodeEscPosRaster(bytes)
      expect(decoded.width).toBe(width)
      // The encoder pads to a multiple of 8 rows with white.
      expect(decoded.height).toBe(Math.ceil(height / 8) * 8)
      const want = dotsOfRgba(image.data, width, height)
      expect(decoded.dots.subarray(0, width * height)).toEqual(want)
      expect(decoded.dots.subarray(width * height).every((d) => d === 0)).toBe(true)
      expect(decoded.cut).toBe(true)
      // A whole slip's bytes are the bitmap plus a few dozen bytes of commands.
      expect(bytes.length).toBeLessThan((width / 8) * decoded.height + 100)
    })
  }

  it('thresholds grey to black or white only', () => {
    const image = toOneBit(new Uint8ClampedArray([10, 10, 10, 255, 250, 250, 250, 255, 0, 0, 0, 0]), 3, 1)
    expect(Array.from(image.data)).toEqual([0, 0, 0, 255, 255, 255, 255, 255, 255, 255, 255, 255])
  })
})
