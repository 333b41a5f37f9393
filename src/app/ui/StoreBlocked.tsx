// While a tab of an older version keeps the device store open, the upgrade (and so the app) waits for it:
// say so instead of a blank screen. Nothing to tap: the app opens here by itself once that tab lets go.
import { useTranslation } from '../i18n/use-translation.ts'
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
    </main>
  )
}
