// Reads back what a thermal printer would print from ESC/POS bytes: every raster block (GS v 0 m xL xH yL yH
// d1…dk) stacked into one bitmap, 1 = a black dot. Used by the unit tests of the encoder path and by the
// virtual Bluetooth printer of the end-to-end test, so both compare pictures, not byte strings.
export interface DecodedRaster {
  width: number
  height: number
  /** One byte per dot, row by row: 1 black, 0 white. */
  dots: Uint8Array
  /** A paper cut (GS V) follows the image. */
  cut: boolean
}

export function decodeEscPosRaster(bytes: Uint8Array): DecodedRaster {
  const rows: Uint8Array[] = []
  let width = 0
  let i = 0
  let cut = false
  while (i < bytes.length) {
    if (bytes[i] === 0x1d && bytes[i + 1] === 0x76 && bytes[i + 2] === 0x30) {
      const xBytes = (bytes[i + 4] ?? 0) + (bytes[i + 5] ?? 0) * 256
      const h = (bytes[i + 6] ?? 0) + (bytes[i + 7] ?? 0) * 256
      const w = xBytes * 8
      if (width !== 0 && w !== width) throw new Error(`raster blocks of different widths: ${width} and ${w}`)
      width = w
      let p = i + 8
      for (let y = 0; y < h; y++) {
        const row = new Uint8Array(w)
        for (let x = 0; x < w; x++) row[x] = ((bytes[p + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1
        rows.push(row)
        p += xBytes
      }
      if (p > bytes.length) throw new Error('raster block cut short')
      i = p
      continue
    }
    if (bytes[i] === 0x1d && bytes[i + 1] === 0x56 && rows.length > 0) cut = true
    i++
  }
  const dots = new Uint8Array(width * rows.length)
  rows.forEach((r, y) => dots.set(r, y * width))
  return { width, height: rows.length, dots, cut }
}

/** The same bitmap from RGBA pixels that are black or white (a OneBitImage, or a canvas's ImageData). */
export function dotsOfRgba(rgba: ArrayLike<number>, width: number, height: number): Uint8Array {
  const dots = new Uint8Array(width * height)
  for (let i = 0; i < width * height; i++) dots[i] = (rgba[i * 4] ?? 255) < 128 ? 1 : 0
  return dots
}
