// The printer this phone prints to, remembered after the first pairing. A device id or USB ids, no personal
// data, so localStorage like the paper size (features/receipt/print-size.ts).
import type { SerialIdentity } from './serial-printer.ts'

export type SavedPrinter =
  | { transport: 'ble'; id: string; name: string }
  | { transport: 'serial'; identity: SerialIdentity; name: string }

const KEY = 'ghidanh.thermalPrinter'

export function loadPrinter(): SavedPrinter | undefined {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as SavedPrinter | null
    if (v && (v.transport === 'ble' || v.transport === 'serial')) return v
  } catch {
    // Unreadable: as if none was paired.
  }
  return undefined
}

export function savePrinter(printer: SavedPrinter | undefined): void {
  try {
    if (printer) localStorage.setItem(KEY, JSON.stringify(printer))
    else localStorage.removeItem(KEY)
  } catch {
    // Private mode: the pairing lasts this visit only.
  }
}
