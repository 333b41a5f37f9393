// Loaded on demand (PrintPanel's import()): the encoder library and the device code stay out of every
// screen's first load. Draws the slip at the head's width, makes it black and white, encodes, sends.
import { pairBle, pairedBle, writeBle } from './ble-printer.ts'
import { encodeRaster } from './encode-raster.ts'
import { HEAD_DOTS, toOneBit, type OneBitImage, type ThermalPaper } from './one-bit-image.ts'
import { PrinterError } from './printer-failure.ts'
import type { SavedPrinter } from './saved-printer.ts'
import { pairSerial, pairedSerial, writeSerial } from './serial-printer.ts'

export interface PrintOutcome {
  /** The printer as it is now paired (its id may change when the browser had forgotten it). */
  printer: SavedPrinter
  image: OneBitImage
  bytes: number
  ms: number
}

export function slipImage(draw: (dots: number) => HTMLCanvasElement, paper: ThermalPaper): OneBitImage {
  const canvas = draw(HEAD_DOTS[paper])
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('canvas unavailable')
  const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height)
  return toOneBit(data, width, height)
}

export async function printSlip(
  printer: SavedPrinter,
  draw: (dots: number) => HTMLCanvasElement,
  paper: ThermalPaper,
  onProgress: (fraction: number) => void,
): Promise<PrintOutcome> {
  const started = performance.now()
  const image = slipImage(draw, paper)
  const bytes = encodeRaster(image, { columns: paper === '58' ? 32 : 48 })
  let now = printer
  if (printer.transport === 'ble') {
    // No chooser when the browser remembers the printer; otherwise ask once more (still inside the tap).
    const device = (await pairedBle(printer.id)) ?? (await pairBle())
    now = { transport: 'ble', id: device.id, name: device.name ?? printer.name }
    await writeBle(device, bytes, onProgress)
  } else {
    const port = (await pairedSerial(printer.identity)) ?? (await pairSerial()).port
    await writeSerial(port, bytes, onProgress)
  }
  return { printer: now, image, bytes: bytes.length, ms: Math.round(performance.now() - started) }
}

export async function pairPrinter(
  transport: SavedPrinter['transport'],
  unnamed: string,
): Promise<SavedPrinter> {
  if (transport === 'ble') {
    const device = await pairBle()
    return { transport: 'ble', id: device.id, name: device.name || unnamed }
  }
  const { identity } = await pairSerial()
  return { transport: 'serial', identity, name: unnamed }
}

export { PrinterError }
