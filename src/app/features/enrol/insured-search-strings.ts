// The list search's strings as their own i18n namespace, loaded with its chunk.
import { registerNamespace } from '../../i18n/i18n.ts'
import insuredSearchEn from './insured-search-en.ts?lingui'
import insuredSearchVi from './insured-search-vi.ts?lingui'

export const INSURED_SEARCH_NS = 'insured-search'

registerNamespace(INSURED_SEARCH_NS, { vi: insuredSearchVi, en: insuredSearchEn })
