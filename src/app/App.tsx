// Routes and the shell. Everything the first screen needs comes from IndexedDB: the app never waits
// for the server to render.
import { lazy, Suspense, useEffect, useLayoutEffect, type ReactNode } from 'react'
import { requestPersistentStorage } from './db/storage-health.ts'
import { useTranslation } from './i18n/use-translation.ts'
import { Redirect, Route, Switch, useRoute, useSearch } from 'wouter'
import { useAppSettings, type AppSettings } from './db/use-app-settings.ts'
import { EnrolScreen } from './features/enrol/EnrolScreen.tsx'
import { enrolFrom, readEnrolStartAhead } from './features/enrol/enrol-start.ts'
import { HomeScreen } from './features/home/HomeScreen.tsx'
import { LockScreen } from './features/lock/LockScreen.tsx'
import { setLockedHint, takeEarlyPin } from './features/lock/early-pin.ts'
import { useIdleLock } from './features/lock/use-idle-lock.ts'
import { useUnlocked } from './features/lock/use-unlocked.ts'
import { LoginScreen } from './features/login/LoginScreen.tsx'
import { SignInAgain } from './features/login/SignInAgain.tsx'
import { BottomNav } from './ui/BottomNav.tsx'
import { SessionExpiredBanner, TopBar } from './ui/TopBar.tsx'
import { switchLanguage } from './i18n/i18n.ts'
import { MarkReady, useMarkReady } from './ui/use-mark-ready.ts'
import { StoreNotices } from './ui/StoreNotices.tsx'

// Not needed at first paint: loaded on demand (and precached by the service worker for offline use).
const ReviewListScreen = lazy(() =>
  import('./features/review/ReviewScreens.tsx').then((m) => ({ default: m.ReviewListScreen })),
)
const ReviewDetailScreen = lazy(() =>
  import('./features/review/ReviewScreens.tsx').then((m) => ({ default: m.ReviewDetailScreen })),
)
const UpdateBanner = lazy(() =>
  import('./features/update/UpdateBanner.tsx').then((m) => ({ default: m.UpdateBanner })),
)
const QueueScreen = lazy(() =>
  import('./features/queue/QueueScreen.tsx').then((m) => ({ default: m.QueueScreen })),
)
const ConflictScreen = lazy(() =>
  import('./features/conflict/ConflictScreen.tsx').then((m) => ({ default: m.ConflictScreen })),
)
const DeclarationScreen = lazy(() =>
  import('./features/declaration/DeclarationScreen.tsx').then((m) => ({ default: m.DeclarationScreen })),
)
const ReceiptScreen = lazy(() =>
  import('./features/receipt/ReceiptScreen.tsx').then((m) => ({ default: m.ReceiptScreen })),
)
const AdviseScreen = lazy(() =>
  import('./features/advise/AdviseScreen.tsx').then((m) => ({ default: m.AdviseScreen })),
)
const CashScreen = lazy(() =>
  import('./features/cash/CashScreen.tsx').then((m) => ({ default: m.CashScreen })),
)
const CashReviewScreen = lazy(() =>
  import('./features/cash/CashReviewScreen.tsx').then((m) => ({ default: m.CashReviewScreen })),
)
const DashboardScreen = lazy(() =>
  import('./features/dashboard/DashboardScreens.tsx').then((m) => ({ default: m.DashboardScreen })),
)
const AdminScreen = lazy(() =>
  import('./features/admin/AdminScreens.tsx').then((m) => ({ default: m.AdminScreen })),
)
const SettingsScreen = lazy(() =>
  import('./features/settings/SettingsScreen.tsx').then((m) => ({ default: m.SettingsScreen })),
)
// Once per phone and account: not worth a byte of the enrol screen's budget.
const SetPinScreen = lazy(() =>
  import('./features/lock/SetPinScreen.tsx').then((m) => ({ default: m.SetPinScreen })),
)
const BackupScreen = lazy(() =>
  import('./features/backup/BackupScreen.tsx').then((m) => ({ default: m.BackupScreen })),
)
const RestoreScreen = lazy(() =>
  import('./features/backup/RestoreScreen.tsx').then((m) => ({ default: m.RestoreScreen })),
)

/** `initialSettings`: read before the first render (main.tsx), so the first screen draws at once. */
export function App({ initialSettings }: { initialSettings?: AppSettings | undefined } = {}) {
  const settings = useAppSettings(initialSettings)
  const { t } = useTranslation()
  const language = settings?.language ?? 'vi'
  const signedIn = settings?.session !== undefined
  const unlocked = useUnlocked()
  useIdleLock(settings?.idleLockMinutes ?? 0, unlocked && signedIn)
  // Locked on the enrol form: the unlock reads what it starts from before the app is drawn (enrol-start.ts).
  const search = useSearch()
  const [onEnrol] = useRoute('/enrol')
  const [, enrolAt] = useRoute<{ id: string }>('/enrol/:id')
  const readAhead = onEnrol
    ? () => readEnrolStartAhead(undefined, enrolFrom(undefined, search))
    : enrolAt
      ? () => readEnrolStartAhead(enrolAt.id, null)
      : undefined

  useEffect(() => {
    void switchLanguage(language)
  }, [language])

  // The PIN pad drawn before the app (early-lock.ts) is gone with the first commit; the lock screen, if
  // that is what it shows, took its digits first (children's layout effects run before their parent's),
  // and any other first screen drops them. Next start, it is drawn again only on a phone signed in and
  // locked with a PIN.
  const lockedHint = settings?.session && settings.keyring ? language : undefined
  useLayoutEffect(() => {
    takeEarlyPin()
  }, [])
  useEffect(() => {
    if (settings) setLockedHint(lockedHint)
  }, [settings, lockedHint])

  // Signed in: ask the browser not to evict this origin's storage (unsynced registrations live there).
  useEffect(() => {
    if (signedIn) void requestPersistentStorage()
  }, [signedIn])

  // The sync engine starts once signed in, after first paint (its own chunk: never blocks the form),
  // and hears a fresh token after signing in again itself (session-token.ts).
  useEffect(() => {
    if (!signedIn) return undefined
    let stop: (() => void) | undefined
    let stopped = false
    void import('./sync/sync-engine.ts').then((m) => {
      if (!stopped) stop = m.startSyncEngine()
    })
    return () => {
      stopped = true
      stop?.()
    }
  }, [signedIn])

  if (!settings) return <Splash />
  const { session, device, eventId } = settings

  if (!session) {
    return (
      <>
        <TopBar signedIn={false} />
        <StoreNotices />
        <Switch>
          <Route path="/login">
            <LoginScreen />
          </Route>
          <Route>
            <Redirect to="/login" replace />
          </Route>
        </Switch>
      </>
    )
  }

  // Signed in but locked: nothing personal is mounted (the forms unmount, their drafts already saved).
  if (!settings.keyring || !unlocked) {
    return (
      <>
        <TopBar signedIn={false} />
        <StoreNotices />
        {settings.keyring ? (
          <LockScreen attempts={settings.pinAttempts} keyring={settings.keyring} readAhead={readAhead} />
        ) : (
          <Suspense fallback={<main className="screen" aria-busy="true" />}>
            <SetPinScreen />
          </Suspense>
        )}
      </>
    )
  }

  const canReview = session.user.role === 'supervisor' || session.user.role === 'admin'
  // Our own lazy screens mark ready themselves once their data is read; the review screens get a marker.
  const lazyScreen = (node: ReactNode, marker = false) => (
    <Suspense fallback={<main className="screen" aria-busy="true" />}>
      {node}
      {marker && <MarkReady />}
    </Suspense>
  )
  const notAllowed = (
    <main className="screen">
      <p className="notice">{t('common.notAllowed')}</p>
    </main>
  )

  return (
    <>
      <TopBar signedIn />
      <SessionExpiredBanner />
      <StoreNotices />
      <Suspense fallback={null}>
        <UpdateBanner />
      </Suspense>
      <Switch>
        <Route path="/">
          <HomeScreen session={session} eventId={eventId} />
        </Route>
        <Route path="/login">
          <SignInAgain username={session.user.username} />
        </Route>
        <Route path="/enrol">
          <EnrolScreen device={device} eventId={eventId} />
        </Route>
        <Route path="/enrol/:id">{(p) => <EnrolScreen id={p.id} device={device} eventId={eventId} />}</Route>
        <Route path="/queue">{lazyScreen(<QueueScreen />)}</Route>
        <Route path="/advise">{lazyScreen(<AdviseScreen device={device} eventId={eventId} />)}</Route>
        <Route path="/receipt/:id">{(p) => lazyScreen(<ReceiptScreen id={p.id} session={session} />)}</Route>
        <Route path="/conflict/:id">{(p) => lazyScreen(<ConflictScreen id={p.id} />)}</Route>
        <Route path="/declaration/:id">{(p) => lazyScreen(<DeclarationScreen id={p.id} />)}</Route>
        <Route path="/cash">{lazyScreen(<CashScreen eventId={eventId} canReview={canReview} />)}</Route>
        <Route path="/cash/review">
          {canReview ? lazyScreen(<CashReviewScreen eventId={eventId} />) : notAllowed}
        </Route>
        <Route path="/settings">
          {lazyScreen(<SettingsScreen session={session} device={device} language={language} />)}
        </Route>
        <Route path="/backup">{lazyScreen(<BackupScreen session={session} device={device} />)}</Route>
        <Route path="/restore">{lazyScreen(<RestoreScreen session={session} device={device} />)}</Route>
        <Route path="/review">{canReview ? lazyScreen(<ReviewListScreen />, true) : notAllowed}</Route>
        <Route path="/dashboard">{canReview ? lazyScreen(<DashboardScreen />) : notAllowed}</Route>
        <Route path="/admin">{canReview ? lazyScreen(<AdminScreen />) : notAllowed}</Route>
        <Route path="/review/:id">
          {(p) => (canReview ? lazyScreen(<ReviewDetailScreen id={p.id} />, true) : notAllowed)}
        </Route>
        <Route>
          <NotFound />
        </Route>
      </Switch>
      <BottomNav canReview={canReview} />
    </>
  )
}

function Splash() {
  const { t } = useTranslation()
  return (
    <main className="screen splash" aria-busy="true">
      {t('app.loading')}
    </main>
  )
}

function NotFound() {
  const { t } = useTranslation()
  useMarkReady(true)
  return (
    <main className="screen">
      <p className="notice">{t('common.notFound')}</p>
    </main>
  )
}
