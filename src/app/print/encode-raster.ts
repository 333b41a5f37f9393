// The slip as ESC/POS bytes: one raster image (GS v 0) of the receipt as drawn on screen, then feed and cut.
// Printing a picture instead of text makes Vietnamese diacritics come out on any printer, whatever code pages
// it has. The commands come from a kept encoder library (@point-of-sale/receipt-printer-encoder), never
// written by hand. Pure: no DOM, so it is unit-tested in Node.
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder'
import type { OneBitImage } from './one-bit-image.ts'

export interface EncodeOptions {
  /** Characters per line of the printer's font A: 32 on 58 mm heads, 48 on 80 mm. Only sizes the feed. */
  columns: number
}

export function encodeRaster(image: OneBitImage, { columns }: EncodeOptions): Uint8Array {
  const encoder = new ReceiptPrinterEncoder({
    language: 'esc-pos',
    imageMode: 'raster',
    columns,
    // Enough feed to bring the last line past the tear bar or the cutter.
    feedBeforeCut: 4,
  })
  return (
    encoder
      .initialize()
      // The image is already black and white (one-bit-image.ts), so the threshold changes nothing: what the
      // screen previews is what the head burns.
      .image(
        { data: image.data, width: image.width, height: image.height },
        { width: image.width, height: image.height, algorithm: 'threshold', threshold: 128 },
      )
      // Printers without a cutter ignore GS V; those with one cut here.
      .cut('partial')
      .encode()
  )
}
