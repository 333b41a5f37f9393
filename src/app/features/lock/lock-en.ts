// The lock screens' strings (English).
import type { lockVi } from './lock-vi.ts'

export const lockEn: Record<keyof typeof lockVi, string> = {
  title: 'The app is locked',
  prompt: 'Enter your 6-digit PIN to unlock',
  pin: 'PIN',
  erase: 'Erase',
  clear: 'Clear',
  unlock: 'Unlock',
  checking: 'Checking…',
  wrong: 'Wrong PIN ({failures} in a row).',
  wait: 'Try again in {seconds} seconds.',
  waitMinutes: 'Try again in {minutes} minutes.',
  tooMany: '{failures} wrong PINs.',
  signOutOffer:
    'Forgot your PIN? Nothing on this phone is waiting to be sent: you can sign out, sign in again and set a new PIN.',
  signOut: 'Sign out',
  signOutConfirm: 'Signing out deletes the data on this phone. Continue?',
  unsyncedHelp:
    '{count} registrations on this phone have not been sent, so signing out is not possible: try to remember the PIN or call your supervisor.',
  setTitle: 'Set a PIN',
  setIntro:
    'A 6-digit PIN locks the app when it starts and after {minutes} idle minutes. Registrations on this phone are encrypted with it: if you forget it, unsent ones cannot be read again.',
  setFirst: 'Choose a 6-digit PIN',
  setAgain: 'Enter the PIN again',
  mismatch: 'The two PINs differ. Choose again.',
  weak: 'This PIN is too easy to guess (one digit repeated, a run or a common PIN). Choose another.',
  saving: 'Creating the key…',
  idle: 'Lock after idle',
  minutes: '{minutes} minutes',
}
