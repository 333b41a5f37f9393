// The lock screens' strings, their own i18n namespace (like review-strings.ts).
import { registerNamespaceEnglishLater } from '../../i18n/i18n.ts'
import lockVi from './lock-vi.ts?lingui'

export const LOCK_NS = 'lock'

// English only when chosen: the lock screen is on every phone's first screen.
registerNamespaceEnglishLater(LOCK_NS, lockVi, () => import('./lock-en.ts?lingui'))
