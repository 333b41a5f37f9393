// The translation hook the screens use: react-i18next's shape (`t('enrol.fullName', { n: 2 })`,
// `i18n.language`) over Lingui, so call sites did not change when the bundle had to shrink.
import { useLingui } from '@lingui/react'
import { useMemo } from 'react'
import { switchLanguage, type Language } from './i18n.ts'

export type TValues = Record<string, string | number | undefined>
export type TFunction = (key: string, values?: TValues) => string

export interface Translation {
  t: TFunction
  i18n: { language: Language; changeLanguage: (language: Language) => Promise<void> }
}

/** `ns` reads a feature's own catalogs (registerNamespace); without it, the app's (vi.ts, en.ts). */
export function useTranslation(ns?: string): Translation {
  // `_` is a new function whenever the language changes, so the screens re-render in the new language.
  const { i18n, _ } = useLingui()
  const language = i18n.locale as Language
  return useMemo(() => {
    const prefix = ns === undefined ? '' : `${ns}:`
    return {
      t: (key, values) => _(prefix + key, values),
      i18n: { language, changeLanguage: switchLanguage },
    }
  }, [_, ns, language])
}
