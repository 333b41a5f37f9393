// English of card-scanner-vi.ts.
export const cardScannerEn = {
  title: 'Scan the QR code on the ID card',
  aim: 'Put the QR code of the card in the frame and hold still',
  starting: 'Opening the camera…',
  torchOn: 'Light on',
  torchOff: 'Light off',
  close: 'Close',
  denied:
    'The app may not use the camera. Allow the camera in the browser settings and scan again, or type: what was typed is kept.',
  noCamera: 'No camera found on this device. Type the fields below; what was typed is kept.',
  insecure:
    'The camera works only when the app is opened over https. Type the fields below; what was typed is kept.',
  cameraFailed: 'The camera could not start. Type the fields below; what was typed is kept.',
  decoderFailed:
    'The QR reader could not load (open the app once with a network first). Type the fields below; what was typed is kept.',
  notCard_url:
    'This QR code is a link, not the code of an ID card. Put the QR code of the card in the frame.',
  notCard_payment:
    'This is a payment QR code, not the code of an ID card. Put the QR code of the card in the frame.',
  notCard_not_id_card:
    'This QR code is not the code of an ID card (CCCD). Put the QR code of the card in the frame.',
  notCard_empty: 'This QR code is empty. Put the QR code of the card in the frame.',
}
