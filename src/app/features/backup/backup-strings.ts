// Backup and restore strings, their own i18n namespace (like review-strings.ts).
import { registerNamespace } from '../../i18n/i18n.ts'
import backupEn from './backup-en.ts?lingui'
import backupVi from './backup-vi.ts?lingui'

export const BACKUP_NS = 'backup'

registerNamespace(BACKUP_NS, { vi: backupVi, en: backupEn })
