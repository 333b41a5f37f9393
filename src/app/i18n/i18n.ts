// Vietnamese is bundled; English is its own small chunk, precached by the service worker so switching
// works offline too. Catalogs are compiled for Lingui at build time (lingui-catalog-plugin.ts).
import { setupI18n, type Messages } from '@lingui/core'
import vi from './vi.ts?lingui'

export type Language = 'vi' | 'en'

export const i18n = setupI18n({ locale: 'vi', messages: { vi } })

/** A feature's own catalogs (the review screens'), loaded with its chunk: ids become `ns:key`. */
export function registerNamespace(ns: string, catalogs: Readonly<Partial<Record<Language, Messages>>>): void {
  for (const [language, messages] of Object.entries(catalogs)) {
    const prefixed: Messages = {}
    for (const [id, message] of Object.entries(messages)) prefixed[`${ns}:${id}`] = message
    i18n.load(language, prefixed)
  }
}

/**
 * A namespace of the first screen whose English catalog loads only when English is chosen: every phone
 * downloads the first screen, few of them in English. Registered before any switch (module evaluation).
 */
export function registerNamespaceEnglishLater(
  ns: string,
  vi: Messages,
  en: () => Promise<{ default: Messages }>,
): void {
  registerNamespace(ns, { vi })
  englishLater.push(() => en().then((m) => registerNamespace(ns, { en: m.default })))
}

const englishLater: (() => Promise<void>)[] = []
let englishCatalog: (() => Promise<Messages>) | undefined
let loadingEnglish: Promise<void> | undefined
let wanted: Language = 'vi'

/**
 * Where the English catalog comes from, set once by main.tsx. The lazy import lives there, in the entry
 * chunk, so this module names no lazy chunk and can go in the shared chunk every screen imports
 * (vite.config.ts): a new English catalog then renames the entry alone.
 */
export function setEnglishCatalog(load: () => Promise<Messages>): void {
  englishCatalog = load
}

export async function switchLanguage(language: Language): Promise<void> {
  wanted = language
  if (language === 'en') {
    if (!englishCatalog) throw new Error('No English catalog: main.tsx sets it before the first render')
    loadingEnglish ??= Promise.all([
      englishCatalog().then((messages) => i18n.load('en', messages)),
      ...englishLater.map((load) => load()),
    ]).then(() => undefined)
    await loadingEnglish
  }
  // Switched again while English was loading: the later choice wins.
  if (wanted !== language) return
  if (i18n.locale !== language) i18n.activate(language)
  document.documentElement.lang = language
}
