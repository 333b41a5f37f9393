// The lock screens' strings, their own i18n namespace (like review-strings.ts).
import { registerNamespace } from '../../i18n/i18n.ts'
import lockEn from './lock-en.ts?lingui'
import lockVi from './lock-vi.ts?lingui'

export const LOCK_NS = 'lock'

registerNamespace(LOCK_NS, { vi: lockVi, en: lockEn })
