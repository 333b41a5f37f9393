import { lazy, StrictMode, Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nProvider } from '@lingui/react'
import { App } from './App.tsx'
import { openDeviceStore } from './db/db-health.ts'
import { readAppSettings } from './db/use-app-settings.ts'
import { ErrorBoundary } from './ui/ErrorBoundary.tsx'
import { i18n, setEnglishCatalog, switchLanguage } from './i18n/i18n.ts'
import { takeEarlyPin } from './features/lock/early-pin.ts'
import './styles.css'

const root = createRoot(document.getElementById('root')!)
// English is its own chunk, precached for offline switching; named here only (see setEnglishCatalog).
setEnglishCatalog(() => import('./i18n/en.ts?lingui').then((m) => m.default))
// Only on a phone where IndexedDB fails: not worth a byte of everyone's first paint.
const StorageUnavailable = lazy(() =>
  import('./ui/StorageUnavailable.tsx').then((m) => ({ default: m.StorageUnavailable })),
)
// Only while a tab of an older version keeps the store from upgrading; the app replaces it once it opens.
const StoreBlocked = lazy(() => import('./ui/StoreBlocked.tsx').then((m) => ({ default: m.StoreBlocked })))
const showBlocked = () => {
  // The early PIN pad is gone behind the notice: digits typed meanwhile must not come back as dots on the
  // lock screen once the store opens. It stops taking them; they are dropped.
  takeEarlyPin()
  root.render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <Suspense fallback={null}>
          <StoreBlocked />
        </Suspense>
      </I18nProvider>
    </StrictMode>,
  )
}

// The store is opened first: with no IndexedDB (private mode) the app says so instead of a blank screen.
// The app's settings are read before the first render, so it draws the right screen at once: a locked
// phone's lock screen then replaces the early PIN pad (early-lock.ts) with no blank screen in between.
void openDeviceStore(showBlocked).then(async (opened) => {
  const settings = opened.ok ? await readAppSettings().catch(() => undefined) : undefined
  // In English from the first frame (the catalog is a precached chunk), not Vietnamese for a moment.
  if (settings?.language === 'en') await switchLanguage('en').catch(() => undefined)
  // No app to hand the early pad's digits to: they are dropped.
  if (!opened.ok) takeEarlyPin()
  root.render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <ErrorBoundary message={i18n._('app.failed')} reload={i18n._('app.reload')}>
          {opened.ok ? (
            <App initialSettings={settings} />
          ) : (
            <Suspense fallback={null}>
              <StorageUnavailable result={opened} />
            </Suspense>
          )}
        </ErrorBoundary>
      </I18nProvider>
    </StrictMode>,
  )
})
