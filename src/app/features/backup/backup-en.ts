// Backup and restore strings (English).
import type { backupVi } from './backup-vi.ts'

export const backupEn: Record<keyof typeof backupVi, string> = {
  backupTitle: 'Back up unsent registrations',
  backupIntro:
    'Make an encrypted file of the registrations the server does not have yet, to open on another phone (or on this one after a reinstall). Restoring needs both the file and the backup passphrase: keep them in two different places.',
  unsyncedCount: '{count} registrations have not been sent to the server.',
  includeAll: 'Include registrations already sent',
  passphrase: 'Backup passphrase',
  passphraseAgain: 'Backup passphrase again',
  passphraseHint: 'At least {min} characters. Not your PIN.',
  passphraseShort: 'The backup passphrase needs at least {min} characters.',
  passphraseMismatch: 'The two passphrases differ.',
  create: 'Create backup file',
  creating: 'Encrypting…',
  created:
    'Created {fileName} with {count} registrations. Copy it somewhere safe (a computer, a memory card).',
  nothing: 'Nothing to back up.',
  restoreTitle: 'Restore from a backup file',
  restoreIntro:
    'Choose a .ghidanh file and type its backup passphrase. Registrations keep their ids and revisions, so sending them to the server creates no duplicates.',
  file: 'Backup file',
  restore: 'Restore',
  restoring: 'Checking the file…',
  restored: 'Restored: {added} new, {updated} updated, {kept} already on this phone (kept).',
  noFile: 'Choose a backup file.',
  nothingChanged: 'Nothing on this phone was changed.',
  error_empty: 'The file is empty.',
  error_not_json: 'This is not a Ghi Danh backup file (its content cannot be read).',
  error_truncated:
    'The backup file is cut short: it was not fully copied or downloaded. Get the complete file.',
  error_foreign: 'This is not a Ghi Danh backup file.',
  error_version: 'This backup file is version {version}; this app reads version 1 only. Update the app.',
  error_bad_envelope: 'The backup file is damaged: its {field} part is wrong.',
  error_wrong_passphrase: 'Wrong backup passphrase.',
  error_damaged: 'The backup file is damaged: the encrypted data was changed.',
  error_bad_payload: 'The backup file is damaged: the decrypted content has the wrong shape ({field}).',
  error_other_user:
    'This backup belongs to the account {username}. Only that account may restore it (the collector signed the receipts).',
  error_bad_record: 'Registration {index} (receipt {receiptNo}) is invalid: {message} ({path}).',
}
