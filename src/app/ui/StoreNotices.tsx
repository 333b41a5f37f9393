// Banners about the device store itself: another tab upgraded the database (reload), or the browser's
// storage is over 80 % of its quota (sync and free space before saving fails). Both are rare, so their
// text and markup are a lazy chunk (StoreBanner.tsx), fetched only when one must show: the enrol screen's
// JS budget pays for the checks alone.
import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react'
import { isStoreOutdated, subscribeStoreOutdated } from '../db/db-health.ts'
import { estimateStorage, STORAGE_WARN_RATIO } from '../db/storage-health.ts'

const StoreBanner = lazy(() => import('./StoreBanner.tsx').then((m) => ({ default: m.StoreBanner })))

const CHECK_EVERY_MS = 10 * 60_000

export function StoreNotices() {
  const outdated = useSyncExternalStore(subscribeStoreOutdated, isStoreOutdated, isStoreOutdated)
  const [ratio, setRatio] = useState<number | undefined>(undefined)

  useEffect(() => {
    const check = () => void estimateStorage().then((u) => setRatio(u?.ratio))
    check()
    const timer = setInterval(check, CHECK_EVERY_MS)
    return () => clearInterval(timer)
  }, [])

  const full = ratio !== undefined && ratio > STORAGE_WARN_RATIO ? ratio : undefined
  if (!outdated && full === undefined) return null
  return (
    <Suspense fallback={null}>
      <StoreBanner outdated={outdated} full={full} />
    </Suspense>
  )
}
