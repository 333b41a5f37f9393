// The ID-card scan's strings as their own i18n namespace (card-scan-vi.ts), so the shared catalogs stay as
// they were; both languages are tiny and ship with the form.
import { registerNamespace } from '../../i18n/i18n.ts'
import scanEn from './card-scan-en.ts?lingui'
import scanVi from './card-scan-vi.ts?lingui'

export const CARD_SCAN_NS = 'card-scan'

registerNamespace(CARD_SCAN_NS, { vi: scanVi, en: scanEn })
