// When IndexedDB is missing or will not open: a plain explanation instead of a blank screen. The language
// setting lives in IndexedDB too, so this is in the default language (Vietnamese).
import type { OpenResult } from '../db/db-health.ts'
import { useTranslation } from '../i18n/use-translation.ts'
import { SHELL_NS } from './shell-strings.ts'
import { useMarkReady } from './use-mark-ready.ts'

export function StorageUnavailable({ result }: { result: Exclude<OpenResult, { ok: true }> }) {
  const { t } = useTranslation(SHELL_NS)
  useMarkReady(true)
  return (
    <main className="screen">
      <h1>Ghi Danh</h1>
      <p className="notice error" role="alert" data-testid="storage-unavailable">
        {t('storageMissing')}
      </p>
      <p>{t('storageHelp')}</p>
      {result.name && <p className="muted">{t('storageErrorName', { name: result.name })}</p>}
      <button type="button" className="button primary big" onClick={() => window.location.reload()}>
        {t('reload')}
      </button>
    </main>
  )
}
