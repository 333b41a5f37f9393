// The lazy enrol parts' strings (household-extra-vi.ts), registered when their chunk loads.
import { registerNamespace } from '../../i18n/i18n.ts'
import extraEn from './household-extra-en.ts?lingui'
import extraVi from './household-extra-vi.ts?lingui'

export const HOUSEHOLD_EXTRA_NS = 'household-extra'

registerNamespace(HOUSEHOLD_EXTRA_NS, { vi: extraVi, en: extraEn })
