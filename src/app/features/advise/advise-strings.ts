// The advice screen's strings as their own i18n namespace, loaded with its chunk.
import { registerNamespace } from '../../i18n/i18n.ts'
import adviseEn from './advise-en.ts?lingui'
import adviseVi from './advise-vi.ts?lingui'

export const ADVISE_NS = 'advise'

registerNamespace(ADVISE_NS, { vi: adviseVi, en: adviseEn })
