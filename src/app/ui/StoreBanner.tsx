// The text of the store banners (StoreNotices.tsx decides when they show).
import { useTranslation } from '../i18n/use-translation.ts'
import { SHELL_NS } from './shell-strings.ts'

export function StoreBanner({ outdated, full }: { outdated: boolean; full: number | undefined }) {
  const { t } = useTranslation(SHELL_NS)
  return (
    <>
      {outdated && (
        <div className="notice warn banner" role="alert" data-testid="store-outdated">
          {t('outdated')} —{' '}
          <button type="button" className="link-button" onClick={() => window.location.reload()}>
            {t('reload')}
          </button>
        </div>
      )}
      {full !== undefined && (
        <div className="notice warn banner" role="alert" data-testid="storage-full">
          {t('storageFull', { percent: Math.round(full * 100) })}
        </div>
      )}
    </>
  )
}
