// The printer's strings as their own i18n namespace, loaded with the receipt screen's chunk.
import { registerNamespace } from '../i18n/i18n.ts'
import printEn from './print-en.ts?lingui'
import printVi from './print-vi.ts?lingui'

export const PRINT_NS = 'print'

registerNamespace(PRINT_NS, { vi: printVi, en: printEn })
