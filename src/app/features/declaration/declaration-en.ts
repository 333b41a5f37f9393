// The TK1-TS declaration screen's strings in English; the printed form itself stays Vietnamese.
import { declarationVi, type DeclarationMessages } from './declaration-vi.ts'

export const declarationEn: DeclarationMessages = {
  ...declarationVi,
  title: 'TK1-TS declaration',
  person: 'Participant: {name}',
  signPad: 'Signature box for {name}: sign with a finger',
  clear: 'Sign again',
  save: 'Save signature',
  saved: 'Signature saved. It travels with the registration.',
  signedOn: 'Signed at {when}',
  needSignature: 'No signature yet: sign in the box above.',
  print: 'Print the declaration (A4)',
  reviewed: 'Already reviewed: no signature can be added. The declaration can be printed and signed by hand.',
  notFound: 'This registration is not on this phone.',
  back: 'Back to the receipt',
  failed: 'Could not save the signature: {message}',
}
