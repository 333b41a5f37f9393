// The cash screens' strings as their own i18n namespace, loaded with the cash chunk.
import { registerNamespace } from '../../i18n/i18n.ts'
import cashEn from './cash-en.ts?lingui'
import cashVi from './cash-vi.ts?lingui'

export const CASH_NS = 'cash'

registerNamespace(CASH_NS, { vi: cashVi, en: cashEn })
