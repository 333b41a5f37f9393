// Banners about the device store itself: another tab upgraded the database (reload), or the browser's
// storage is over 80 % of its quota (sync and free space before saving fails).
import { useEffect, useState, useSyncExternalStore } from 'react'
import { isStoreOutdated, subscribeStoreOutdated } from '../db/db-health.ts'
import { estimateStorage, STORAGE_WARN_RATIO } from '../db/storage-health.ts'
import { useTranslation } from '../i18n/use-translation.ts'
import { SHELL_NS } from './shell-strings.ts'

const CHECK_EVERY_MS = 10 * 60_000

export function StoreNotices() {
  const { t } = useTranslation(SHELL_NS)
  const outdated = useSyncExternalStore(subscribeStoreOutdated, isStoreOutdated, isStoreOutdated)
  const [ratio, setRatio] = useState<number | undefined>(undefined)

  useEffect(() => {
    const check = () => void estimateStorage().then((u) => setRatio(u?.ratio))
    check()
    const timer = setInterval(check, CHECK_EVERY_MS)
    return () => clearInterval(timer)
  }, [])

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
      {ratio !== undefined && ratio > STORAGE_WARN_RATIO && (
        <div className="notice warn banner" role="alert" data-testid="storage-full">
          {t('storageFull', { percent: Math.round(ratio * 100) })}
        </div>
      )}
    </>
  )
}
