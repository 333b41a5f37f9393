// A receipt drawn for the print head: RGBA pixels that are pure black or pure white, one pixel per dot.
// Thresholding here (not in the encoder) lets the screen show exactly the dots the printer gets.
export interface OneBitImage {
  width: number
  height: number
  /** RGBA, every pixel (0,0,0,255) or (255,255,255,255). */
  data: Uint8ClampedArray
}

/** Dots per line of the common cheap thermal heads at 203 dpi (8 dots/mm). */
export const HEAD_DOTS = { '58': 384, '80': 576 } as const
export type ThermalPaper = keyof typeof HEAD_DOTS

/**
 * Anti-aliased text thresholded at mid grey stays legible at 203 dpi; error-diffusion dithering would only
 * fray the letter edges, and the slip has no photographs.
 */
export function toOneBit(
  rgba: Uint8ClampedArray,
  width: number,
  height: number,
  threshold = 160,
): OneBitImage {
  const data = new Uint8ClampedArray(width * height * 4)
  for (let i = 0; i < width * height; i++) {
    const o = i * 4
    const a = (rgba[o + 3] ?? 255) / 255
    // Transparent counts as paper (white).
    const lum =
      (0.299 * (rgba[o] ?? 255) + 0.587 * (rgba[o + 1] ?? 255) + 0.114 * (rgba[o + 2] ?? 255)) * a +
      255 * (1 - a)
    const v = lum < threshold ? 0 : 255
    data[o] = v
    data[o + 1] = v
    data[o + 2] = v
    data[o + 3] = 255
  }
  return { width, height, data }
}
