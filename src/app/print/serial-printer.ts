// A thermal printer over Web Serial: Bluetooth Classic (SPP) printers where Chrome on Android offers serial
// ports, and USB-serial printers on a laptop. Same bytes as over BLE; the port does the chunking.
import { PrinterError } from './printer-failure.ts'
import { serialOf, type SerialPortLike } from './web-device-apis.ts'

// Cheap printers' SPP and USB-serial links run at 9600 baud by default; the rate is ignored over Bluetooth.
const BAUD_RATE = 9600

export interface SerialIdentity {
  usbVendorId?: number
  usbProductId?: number
}

export async function pairSerial(): Promise<{ port: SerialPortLike; identity: SerialIdentity }> {
  const serial = serialOf(navigator)
  if (!serial) throw new PrinterError('unsupported')
  try {
    const port = await serial.requestPort()
    return { port, identity: port.getInfo() }
  } catch (e) {
    if (e instanceof DOMException && e.name === 'NotFoundError') throw new PrinterError('cancelled', e)
    throw new PrinterError('unreachable', e)
  }
}

export async function pairedSerial(identity: SerialIdentity): Promise<SerialPortLike | undefined> {
  const serial = serialOf(navigator)
  if (!serial) throw new PrinterError('unsupported')
  return (await serial.getPorts()).find((p) => {
    const info = p.getInfo()
    return info.usbVendorId === identity.usbVendorId && info.usbProductId === identity.usbProductId
  })
}

export async function writeSerial(
  port: SerialPortLike,
  bytes: Uint8Array,
  onProgress: (fraction: number) => void,
): Promise<void> {
  try {
    await port.open({ baudRate: BAUD_RATE })
  } catch (e) {
    throw new PrinterError('unreachable', e)
  }
  try {
    const writer = port.writable?.getWriter()
    if (!writer) throw new PrinterError('write_failed')
    try {
      await writer.write(bytes)
      onProgress(1)
    } catch (e) {
      throw new PrinterError('write_failed', e)
    } finally {
      writer.releaseLock()
    }
  } finally {
    await port.close().catch(() => undefined)
  }
}
