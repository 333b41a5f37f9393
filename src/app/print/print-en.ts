// The thermal printer's strings in English; the slip itself stays Vietnamese.
import { printVi, type PrintMessages } from './print-vi.ts'

export const printEn: PrintMessages = {
  ...printVi,
  print: 'Print receipt',
  printing: 'Printing… {percent} %',
  printed: 'Printed on {name}.',
  printedCopy: 'Copy printed on {name}.',
  printer: 'Thermal printer',
  printerNone: 'No printer connected. "Print receipt" opens the phone\'s print dialog.',
  printerPaired: 'Printer: {name} ({paper} mm paper)',
  pairBle: 'Connect a Bluetooth printer',
  pairSerial: 'Connect a printer by serial / USB',
  forget: 'Forget this printer',
  systemPrint: 'Print with the system dialog',
  a5System: 'A5 prints through the system dialog.',
  preview: 'See what was printed',
  paired: 'Connected to {name}. "Print receipt" now prints straight to it.',
  unnamed: 'printer',
  failUnsupported:
    'This browser cannot reach Bluetooth printers. Use Chrome on Android, or "Print with the system dialog".',
  failCancelled: 'No printer was chosen.',
  failUnreachable:
    'Could not reach the printer. Check it is on, charged and near the phone, then tap "Print receipt" again.',
  failNotAPrinter: 'The chosen device is not a thermal printer. Forget it and choose the printer.',
  failWrite:
    'The printer stopped part-way (paper, battery or range). Check it and print again: the reprint says "BẢN SAO".',
  safe: 'The registration is saved on this phone and not affected.',
}
