// Settings' device section strings, their own i18n namespace (like review-strings.ts).
import { registerNamespace } from '../../i18n/i18n.ts'
import deviceEn from './device-en.ts?lingui'
import deviceVi from './device-vi.ts?lingui'

export const DEVICE_NS = 'device'

registerNamespace(DEVICE_NS, { vi: deviceVi, en: deviceEn })
