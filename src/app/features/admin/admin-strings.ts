// The management screen's strings, registered as their own i18n namespace.
import { registerNamespace } from '../../i18n/i18n.ts'
import adminEn from './admin-en.ts?lingui'
import adminVi from './admin-vi.ts?lingui'

export const ADMIN_NS = 'admin'

registerNamespace(ADMIN_NS, { vi: adminVi, en: adminEn })
