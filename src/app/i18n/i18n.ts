// Vietnamese is bundled; English is its own small chunk, precached by the service worker so switching
// works offline too. Catalogs are compiled for Lingui at build time (lingui-catalog-plugin.ts).
import { setupI18n, type Messages } from '@lingui/core'
import vi from './vi.ts?lingui'

export type Language = 'vi' | 'en'

export const i18n = setupI18n({ locale: 'vi', messages: { vi } })

/** A feature's own catalogs (the review screens'), loaded with its chunk: ids become `ns:key`. */
export function registerNamespace(ns: string, catalogs: Readonly<Record<Language, Messages>>): void {
  for (const [language, messages] of Object.entries(catalogs)) {
    const prefixed: Messages = {}
    for (const [id, message] of Object.entries(messages)) prefixed[`${ns}:${id}`] = message
    i18n.load(language, prefixed)
  }
}

let loadingEnglish: Promise<void> | undefined
let wanted: Language = 'vi'

export async function switchLanguage(language: Language): Promise<void> {
  wanted = language
  if (language === 'en') {
    loadingEnglish ??= import('./en.ts?lingui').then((m) => i18n.load('en', m.default))
    await loadingEnglish
  }
  // Switched again while English was loading: the later choice wins.
  if (wanted !== language) return
  if (i18n.locale !== language) i18n.activate(language)
  document.documentElement.lang = language
}
