// Vietnamese is bundled; English is its own small chunk, precached by the service worker so switching
// works offline too.
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { vi } from './vi.ts'

export type Language = 'vi' | 'en'

export const i18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi } },
  lng: 'vi',
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  initAsync: false,
})

export async function switchLanguage(language: Language): Promise<void> {
  if (language === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const { en } = await import('./en.ts')
    i18n.addResourceBundle('en', 'translation', en)
  }
  if (i18n.language !== language) await i18n.changeLanguage(language)
  document.documentElement.lang = language
}
