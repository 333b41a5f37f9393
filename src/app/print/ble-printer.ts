// A thermal printer over Bluetooth Low Energy (Web Bluetooth): pair once through the browser's chooser, then
// find it again without a chooser (getDevices, where Chrome has it), connect, and write the slip in chunks.
import { PrinterError } from './printer-failure.ts'
import { bluetoothOf, type BleCharacteristic, type BleDevice } from './web-device-apis.ts'

/**
 * The print services of the cheap BLE printers sold in Vietnam (Xprinter, MPT-II, "BlueTooth Printer",
 * Goojprt, Epson TM-P and Star via the ISSC transparent UART). Cat printers (0xAE30) speak their own protocol,
 * not ESC/POS, so they are left out. A service must be listed here for the page to see it at all.
 */
export const PRINTER_SERVICES = [
  '000018f0-0000-1000-8000-00805f9b34fb',
  '0000ff00-0000-1000-8000-00805f9b34fb',
  '0000ffe0-0000-1000-8000-00805f9b34fb',
  'e7810a71-73ae-499d-8c15-faa9aef0c3f2',
  '49535343-fe7d-4ae5-8fa9-9fafd205e455',
]

/**
 * Web Bluetooth does not tell the page the negotiated ATT MTU. 180 bytes fits the 185-byte MTU Android and
 * most printer modules agree on; a printer stuck at the default MTU of 23 refuses the first write, and then
 * the whole slip goes again in 20-byte writes with response (the ATT_MTU − 3 every link allows).
 */
export const BLE_CHUNK = 180
export const BLE_MIN_CHUNK = 20
const CONNECT_TIMEOUT_MS = 12_000

/** The chooser: must run inside a tap (a user gesture). */
export async function pairBle(): Promise<BleDevice> {
  const bluetooth = bluetoothOf(navigator)
  if (!bluetooth) throw new PrinterError('unsupported')
  try {
    return await bluetooth.requestDevice({ acceptAllDevices: true, optionalServices: PRINTER_SERVICES })
  } catch (e) {
    if (e instanceof DOMException && e.name === 'NotFoundError') throw new PrinterError('cancelled', e)
    throw new PrinterError('unreachable', e)
  }
}

/** The printer paired before, without a chooser; undefined where the browser cannot remember devices. */
export async function pairedBle(id: string): Promise<BleDevice | undefined> {
  const bluetooth = bluetoothOf(navigator)
  if (!bluetooth) throw new PrinterError('unsupported')
  if (!bluetooth.getDevices) return undefined
  return (await bluetooth.getDevices()).find((d) => d.id === id)
}

export interface WriteReport {
  chunks: number
  chunkSize: number
  withoutResponse: boolean
}

export async function writeBle(
  device: BleDevice,
  bytes: Uint8Array,
  onProgress: (fraction: number) => void,
): Promise<WriteReport> {
  const characteristic = await printCharacteristic(device)
  const withoutResponse = characteristic.properties.writeWithoutResponse
  try {
    return await writeChunks(characteristic, bytes, BLE_CHUNK, withoutResponse, onProgress)
  } catch (e) {
    if (!(e instanceof FirstWriteRefused)) throw e
    // `return await`: a bare promise here would let `finally` disconnect before the slip is written.
    return await writeChunks(characteristic, bytes, BLE_MIN_CHUNK, false, onProgress)
  } finally {
    // Let go, so the printer is free for the next phone (and this one reconnects next time).
    device.gatt?.disconnect()
  }
}

class FirstWriteRefused extends Error {}

async function writeChunks(
  c: BleCharacteristic,
  bytes: Uint8Array,
  size: number,
  withoutResponse: boolean,
  onProgress: (fraction: number) => void,
): Promise<WriteReport> {
  let chunks = 0
  for (let at = 0; at < bytes.length; at += size) {
    const chunk = bytes.slice(at, at + size)
    try {
      if (withoutResponse) await c.writeValueWithoutResponse(chunk)
      else await c.writeValueWithResponse(chunk)
    } catch (e) {
      if (at === 0 && size > BLE_MIN_CHUNK) throw new FirstWriteRefused()
      throw new PrinterError('write_failed', e)
    }
    chunks++
    onProgress(Math.min(1, (at + size) / bytes.length))
  }
  return { chunks, chunkSize: size, withoutResponse }
}

async function printCharacteristic(device: BleDevice): Promise<BleCharacteristic> {
  const gatt = device.gatt
  if (!gatt) throw new PrinterError('not_a_printer')
  let timer: ReturnType<typeof setTimeout> | undefined
  try {
    await Promise.race([
      gatt.connect(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('connect timeout')), CONNECT_TIMEOUT_MS)
      }),
    ])
  } catch (e) {
    gatt.disconnect()
    throw new PrinterError('unreachable', e)
  } finally {
    clearTimeout(timer)
  }
  try {
    for (const service of await gatt.getPrimaryServices()) {
      for (const c of await service.getCharacteristics()) {
        if (c.properties.writeWithoutResponse || c.properties.write) return c
      }
    }
  } catch (e) {
    gatt.disconnect()
    throw new PrinterError('unreachable', e)
  }
  gatt.disconnect()
  throw new PrinterError('not_a_printer')
}
