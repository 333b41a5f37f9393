// The TK1-TS declaration screen's strings as their own i18n namespace, loaded with its chunk.
import { registerNamespace } from '../../i18n/i18n.ts'
import declarationEn from './declaration-en.ts?lingui'
import declarationVi from './declaration-vi.ts?lingui'

export const DECLARATION_NS = 'declaration'

registerNamespace(DECLARATION_NS, { vi: declarationVi, en: declarationEn })
