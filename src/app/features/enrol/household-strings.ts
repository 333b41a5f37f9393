// The enrol screen's household strings as their own i18n namespace (see household-vi.ts). Vietnamese is
// bundled with the form; English is a small chunk fetched only once the app is switched to English
// (enrol bundle budget). Until it arrives the Vietnamese text shows.
import { i18n, registerNamespace } from '../../i18n/i18n.ts'
import householdVi from './household-vi.ts?lingui'

export const HOUSEHOLD_NS = 'household'

registerNamespace(HOUSEHOLD_NS, { vi: householdVi, en: householdVi })

let english: Promise<void> | undefined
const loadEnglish = () => {
  english ??= import('./household-en.ts?lingui').then((m) =>
    registerNamespace(HOUSEHOLD_NS, { vi: householdVi, en: m.default }),
  )
}
if (i18n.locale === 'en') loadEnglish()
i18n.on('change', () => {
  if (i18n.locale === 'en') loadEnglish()
})
