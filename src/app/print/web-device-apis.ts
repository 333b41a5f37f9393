// The few Web Bluetooth and Web Serial types the printer path uses. TypeScript's DOM library has neither
// (both are Chromium-only), and a whole @types package for a dozen members is not worth a dependency.
export interface BleCharacteristic {
  uuid: string
  properties: { write: boolean; writeWithoutResponse: boolean }
  writeValueWithResponse(value: BufferSource): Promise<void>
  writeValueWithoutResponse(value: BufferSource): Promise<void>
}
export interface BleService {
  uuid: string
  getCharacteristics(): Promise<BleCharacteristic[]>
}
export interface BleServer {
  connected: boolean
  connect(): Promise<BleServer>
  disconnect(): void
  getPrimaryServices(): Promise<BleService[]>
}
export interface BleDevice {
  id: string
  name?: string
  gatt?: BleServer
}
export interface Bluetooth {
  requestDevice(options: { acceptAllDevices: true; optionalServices: string[] }): Promise<BleDevice>
  getDevices?: () => Promise<BleDevice[]>
}

export interface SerialPortLike {
  getInfo(): { usbVendorId?: number; usbProductId?: number }
  open(options: { baudRate: number }): Promise<void>
  close(): Promise<void>
  writable: WritableStream<Uint8Array> | null
}
export interface Serial {
  requestPort(): Promise<SerialPortLike>
  getPorts(): Promise<SerialPortLike[]>
}

export function bluetoothOf(nav: Navigator): Bluetooth | undefined {
  return (nav as Navigator & { bluetooth?: Bluetooth }).bluetooth
}

export function serialOf(nav: Navigator): Serial | undefined {
  return (nav as Navigator & { serial?: Serial }).serial
}
