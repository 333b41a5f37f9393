// The receipt issuer panel's strings in English.
import { receiptIssuerVi, type ReceiptIssuerMessages } from './receipt-issuer-vi.ts'

export const receiptIssuerEn: ReceiptIssuerMessages = {
  ...receiptIssuerVi,
  title: 'Issuer on receipts',
  intro:
    'The collecting unit’s name, address and tax code, and the receipt form code and series, printed on every receipt. Set them for the province office; a team that collects as an agent gets its own. Phones take them at sign-in, or when a receipt is opened online.',
  scope: 'Applies to',
  office: 'Province office (default for every team)',
  team: 'Team {name}',
  unitName: 'Collecting unit',
  unitAddress: 'Address',
  taxCode: 'Tax code',
  formCode: 'Receipt form code',
  series: 'Series',
  save: 'Save',
  remove: 'Remove the team’s own details',
  removeConfirm: 'Remove this team’s own details? Its receipts will carry the province office’s.',
  saved: 'Saved.',
  none: 'Not set',
}
