// Settings: the phone's own section, English.
import type { deviceVi } from './device-vi.ts'

export const deviceEn: Record<keyof typeof deviceVi, string> = {
  security: 'Security and storage',
  idleLock: 'Lock after idle',
  keepApproved: 'Keep approved registrations on the phone',
  days: '{days} days',
  keepForever: 'Always',
  keepApprovedHint:
    'Registrations approved and received by the server leave the phone after this many days (the server keeps them). So do people advised whom the server has and who wait for no follow-up. Unsent, returned or rejected ones are never removed.',
  minutes: '{minutes} minutes',
  lockNow: 'Lock now',
  storage: 'Persistent storage',
  persisted: 'Granted: the browser will not delete Ghi Danh data on its own.',
  notPersisted:
    'Not granted: when the phone runs short of space the browser may delete data. Sync often and install Ghi Danh to the home screen.',
  unknown: 'The browser does not say.',
  usage: 'Used {used} MB / {quota} MB ({percent}%)',
  backup: 'Back up unsent registrations',
  restore: 'Restore from a backup file',
  signOutBlocked:
    '{count} registrations have not been sent and are not in a backup file. Sync, or make a backup before signing out, or they will be lost.',
  signOutBackedUp:
    '{count} unsent registrations will be deleted from this phone. They are in the backup file: continue only if you have that file and its passphrase. Sign out?',
}
