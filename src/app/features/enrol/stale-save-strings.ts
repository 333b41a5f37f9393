// The stale-save panel's strings as their own namespace, registered when its chunk loads.
import { registerNamespace } from '../../i18n/i18n.ts'
import staleSaveEn from './stale-save-en.ts?lingui'
import staleSaveVi from './stale-save-vi.ts?lingui'

export const STALE_SAVE_NS = 'stale-save'

registerNamespace(STALE_SAVE_NS, { vi: staleSaveVi, en: staleSaveEn })
