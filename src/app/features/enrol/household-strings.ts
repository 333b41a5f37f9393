// The enrol screen's issue #4 strings as their own i18n namespace (see household-vi.ts).
import { registerNamespace } from '../../i18n/i18n.ts'
import householdEn from './household-en.ts?lingui'
import householdVi from './household-vi.ts?lingui'

export const HOUSEHOLD_NS = 'household'

registerNamespace(HOUSEHOLD_NS, { vi: householdVi, en: householdEn })
