// The paper the receipt prints on: thermal 58 mm or 80 mm rolls, or A5 sheets. Remembered per device
// (a setting about the printer, no personal data).
export const printSizes = ['58', '80', 'a5'] as const
export type PrintSize = (typeof printSizes)[number]

const KEY = 'ghidanh.receiptPrintSize'

export function loadPrintSize(): PrintSize {
  try {
    const v = localStorage.getItem(KEY)
    return (printSizes as readonly string[]).includes(v ?? '') ? (v as PrintSize) : '80'
  } catch {
    return '80'
  }
}

export function savePrintSize(size: PrintSize): void {
  try {
    localStorage.setItem(KEY, size)
  } catch {
    // Private mode or storage full: the choice lasts this visit only.
  }
}
