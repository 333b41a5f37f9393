import { useTranslation } from '../i18n/use-translation.ts'
import { Link } from 'wouter'
import { useSyncStatus } from '../sync/use-sync-status.ts'

export function TopBar({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation()
  const status = useSyncStatus()
  return (
    <header className="top-bar">
      <Link href="/" className="app-name">
        {t('app.name')}
      </Link>
      {signedIn && (
        <Link
          href="/queue"
          className={`badge${status.waiting > 0 ? ' has-waiting' : ''}`}
          aria-label={t('app.waiting', { count: status.waiting })}
          data-testid="waiting-badge"
        >
          {status.waiting}
        </Link>
      )}
      <span className={`net ${status.online ? 'online' : 'offline'}`} role="status">
        {status.online ? t('app.online') : t('app.offline')}
      </span>
    </header>
  )
}

/** Shown under the top bar when the server refused the token: work waits on the device until then. */
export function SessionExpiredBanner() {
  const { t } = useTranslation()
  const status = useSyncStatus()
  if (!status.needsSignIn) return null
  return (
    <div className="notice warn banner" role="alert">
      {t('login.expired')}{' '}
      <Link href="/login" className="link-button">
        {t('login.signInAgain')}
      </Link>
    </div>
  )
}
