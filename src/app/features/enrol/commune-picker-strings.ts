// The commune picker's strings as their own i18n namespace (commune-picker-vi.ts), so the shared catalogs stay
// as they were; both languages are tiny and ship with the form.
import { registerNamespace } from '../../i18n/i18n.ts'
import pickerEn from './commune-picker-en.ts?lingui'
import pickerVi from './commune-picker-vi.ts?lingui'

export const COMMUNE_PICKER_NS = 'commune-picker'

registerNamespace(COMMUNE_PICKER_NS, { vi: pickerVi, en: pickerEn })
