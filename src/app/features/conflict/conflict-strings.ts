// The conflict screen's strings as their own i18n namespace, loaded with its chunk.
import { registerNamespace } from '../../i18n/i18n.ts'
import conflictEn from './conflict-en.ts?lingui'
import conflictVi from './conflict-vi.ts?lingui'

export const CONFLICT_NS = 'conflict'

registerNamespace(CONFLICT_NS, { vi: conflictVi, en: conflictEn })
