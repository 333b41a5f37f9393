// English for conflict-vi.ts.
import { conflictVi, type ConflictMessages } from './conflict-vi.ts'

export const conflictEn: ConflictMessages = {
  ...conflictVi,
  title: 'Resolve a conflict',
  explain:
    'The server holds another version of this registration (revision {revision}), perhaps your own correction on another phone. This phone’s version has not been sent: it is kept until you choose.',
  field: 'Field',
  server: 'On the server',
  mine: 'On this phone',
  same: 'Both versions say the same.',
  keepMine: 'Keep this phone’s version (send as revision {revision})',
  takeServer: 'Use the server’s version, drop this phone’s',
  takeServerConfirm: 'Drop this phone’s version? What was changed here is lost.',
  notOnServer:
    'The server has no such registration of yours: its id belongs to someone else. Tell your supervisor before dropping the held version.',
  discard: 'Drop the held version (the receipt stays on the phone)',
  discardConfirm: 'Drop the held version? This phone will not send it again.',
  yes: 'Yes',
  no: 'No',
  needNetwork: 'The server’s version needs a network connection.',
  loading: 'Loading the server’s version…',
  done: 'Done.',
  failed: 'Could not do that: {message}',
  notConflicted: 'This registration has no conflict.',
  back: 'Back to my registrations',
}
