// While a tab of an older version keeps the device store open, the upgrade (and so the app) waits for it:
// say so instead of a blank screen, in both languages (the one chosen is in that store). Nothing to tap:
// the app opens here by itself once that tab lets go.
import { useTranslation } from '../i18n/use-translation.ts'
import { shellEn } from './shell-en.ts'
import { SHELL_NS } from './shell-strings.ts'
import { useMarkReady } from './use-mark-ready.ts'

export function StoreBlocked() {
  const { t } = useTranslation(SHELL_NS)
  useMarkReady(true)
  return (
    <main className="screen">
      <h1>Ghi Danh</h1>
      <p className="notice warn" role="alert" data-testid="store-blocked">
        {t('blocked')}
      </p>
      {/* The language chosen is kept in the very store that waits: the notice says it in English too. */}
      <p lang="en" className="muted" data-testid="store-blocked-en">
        {shellEn.blocked}
      </p>
    </main>
  )
}
