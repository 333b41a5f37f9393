// English of card-scan-vi.ts.
export const cardScanEn = {
  scan: 'Scan ID card',
  scanLabel: 'Scan ID card of person {n}',
  fromCard: 'From card',
  filled: 'Filled in from the ID card: check before saving.',
  cardAddress: 'Address on the card (before 2025-07-01, check the new commune): {address}',
  chooseCommune: 'The old address is now in one of these communes, choose one:',
  loading: 'Opening the camera…',
  loadFailed: 'The scanner could not open. Type the fields below; what was typed is kept.',
}
