// The receipt screen's strings in English; the printed receipt itself stays Vietnamese (receipt-of.ts).
import { receiptVi, type ReceiptMessages } from './receipt-vi.ts'

export const receiptEn: ReceiptMessages = {
  ...receiptVi,
  declaration: 'TK1-TS declaration, signature',
  title: 'Collection receipt',
  dateServices: 'Date',
  signHelped: 'Person helped',
  signHelper: 'Helped by',
  titleServices: 'Service confirmation',
  taxCode: 'Tax code: {taxCode}',
  formSeries: 'Form: {formCode} · Series: {series}',
  printSize: 'Paper size',
  size58: 'Thermal 58 mm',
  size80: 'Thermal 80 mm',
  print: 'Print receipt',
  share: 'Share',
  sharing: 'Making the image…',
  shareFailed: 'Could not share: {message}',
  downloaded: 'The receipt image was saved on this device.',
  void: 'Void receipt',
  refundDue:
    'The supervisor rejected this registration ({reason}). Give {amount} back to the payer, then void the receipt.',
  voidReason: 'Reason for voiding',
  voidHint: 'The receipt number is never reused. Voided receipts are not part of the cash handed over.',
  voidConfirm: 'Void it',
  voidCancel: 'Keep it',
  voidSaving: 'Voiding…',
  voidFailed: 'Could not void: {message}',
  cashSummary: 'Cash summary',
  newEnrol: 'Enrol the next person',
  notFound: 'This receipt is not on this device.',
}
