// A Bluetooth LE thermal printer that exists only in Chromium: the DevTools Protocol's BluetoothEmulation
// domain makes a peripheral with the common printer service (0x18F0) and write characteristic (0x2AF1), and
// keeps every byte the page writes to it. On Debian's Chromium the domain answers on a browser-level session
// only; the device chooser is answered through DeviceAccess on the page's own session.
import type { Browser, CDPSession, Page } from '@playwright/test'

const SERVICE = '000018f0-0000-1000-8000-00805f9b34fb'
const WRITE_CHARACTERISTIC = '00002af1-0000-1000-8000-00805f9b34fb'
const ADDRESS = '09:09:09:09:09:58'

export interface VirtualBlePrinter {
  /** Every byte written since the last take(), in order; empties the buffer. */
  take(): Uint8Array
  /** How many writes, and of which kind, since the start. */
  writes: { withResponse: number; withoutResponse: number }
  /**
   * Off or out of range: the link drops (Chromium otherwise keeps it open a while after the page lets go)
   * and the next connection attempts fail (HCI 0x04, page timeout). One way only.
   */
  switchOff(): Promise<void>
  /** How many times the chooser was shown. */
  prompts(): number
  /** The longest single write seen. */
  longestWrite(): number
  /** From now on every write is refused (out of paper, low battery: the printer stops taking data). */
  refuseWrites(): void
}

export interface VirtualPrinterOptions {
  name?: string
  /** The characteristic allows write without response (most do). Default true. */
  withoutResponse?: boolean
  /** Writes longer than this are refused, like a link stuck at a small ATT MTU (23 → 20 bytes). */
  maxWrite?: number
}

export async function virtualBlePrinter(
  browser: Browser,
  page: Page,
  { name = 'MPT-II', withoutResponse = true, maxWrite = Infinity }: VirtualPrinterOptions = {},
): Promise<VirtualBlePrinter> {
  const bt: CDPSession = await browser.newBrowserCDPSession()
  await bt.send('BluetoothEmulation.enable', { state: 'powered-on', leSupported: true })
  await bt.send('BluetoothEmulation.simulatePreconnectedPeripheral', {
    address: ADDRESS,
    name,
    manufacturerData: [],
    knownServiceUuids: [SERVICE],
  })
  const { serviceId } = await bt.send('BluetoothEmulation.addService', {
    address: ADDRESS,
    serviceUuid: SERVICE,
  })
  await bt.send('BluetoothEmulation.addCharacteristic', {
    serviceId,
    characteristicUuid: WRITE_CHARACTERISTIC,
    properties: { write: true, writeWithoutResponse: withoutResponse },
  })

  let reachable = true
  let refusing = false
  let longest = 0
  let chunks: Buffer[] = []
  const writes = { withResponse: 0, withoutResponse: 0 }
  bt.on('BluetoothEmulation.gattOperationReceived', (e) => {
    void bt.send('BluetoothEmulation.simulateGATTOperationResponse', {
      address: e.address,
      type: e.type,
      code: reachable ? 0 : 0x04,
    })
  })
  bt.on('BluetoothEmulation.characteristicOperationReceived', (e) => {
    if (e.type !== 'write') {
      void bt.send('BluetoothEmulation.simulateCharacteristicOperationResponse', {
        characteristicId: e.characteristicId,
        type: e.type,
        code: 0,
      })
      return
    }
    const data = Buffer.from(e.data ?? '', 'base64')
    // ATT error 0x0D (invalid attribute value length) for a write too long, 0x0E (unlikely error) when refusing.
    const code = data.length > maxWrite ? 0x0d : refusing ? 0x0e : 0
    if (code === 0) {
      chunks.push(data)
      longest = Math.max(longest, data.length)
    }
    if (e.writeType === 'write-without-response') {
      writes.withoutResponse++
      return
    }
    writes.withResponse++
    void bt.send('BluetoothEmulation.simulateCharacteristicOperationResponse', {
      characteristicId: e.characteristicId,
      type: 'write',
      code,
    })
  })

  // The chooser: pick the printer as soon as it is listed (the event repeats while the list fills).
  const pageCdp = await page.context().newCDPSession(page)
  await pageCdp.send('DeviceAccess.enable')
  const answered = new Set<string>()
  pageCdp.on('DeviceAccess.deviceRequestPrompted', (e) => {
    const device = e.devices.find((d) => d.id === ADDRESS)
    if (!device || answered.has(e.id)) return
    answered.add(e.id)
    void pageCdp.send('DeviceAccess.selectPrompt', { id: e.id, deviceId: device.id }).catch(() => undefined)
  })

  return {
    take() {
      const all = Buffer.concat(chunks)
      chunks = []
      return new Uint8Array(all)
    },
    writes,
    async switchOff() {
      reachable = false
      await bt.send('BluetoothEmulation.simulateGATTDisconnection', { address: ADDRESS })
    },
    prompts: () => answered.size,
    longestWrite: () => longest,
    refuseWrites() {
      refusing = true
    },
  }
}
