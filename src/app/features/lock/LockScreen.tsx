// Shown at every start and after idle time until the PIN unwraps the data key. Wrong PINs wait longer
// and longer (pin-backoff.ts); from the tenth on, signing out is offered, but only when nothing on the
// phone is unsynced: signing out deletes the data, and an unsent registration is money collected.
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useLayoutEffect, useState } from 'react'
import { db } from '../../db/db.ts'
import { PIN_SIGN_OUT_AFTER, type PinAttempts } from '../../db/pin-backoff.ts'
import type { Keyring } from '../../db/keyring.ts'
import { unlockWithPin } from '../../db/unlock.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { useMarkReady } from '../../ui/use-mark-ready.ts'
import { LOCK_NS } from './lock-strings.ts'
import { PIN_LENGTH, PinPad } from './PinPad.tsx'
import { takeEarlyPin } from './early-pin.ts'
import './lock.css'

/**
 * `attempts`: the stored wrong-PIN count and wait, read with the app's settings (use-app-settings.ts).
 * `keyring`: read with them too, so the PIN's key is derived at once. `readAhead`: reads what the screen
 * behind the lock starts from, before the app is drawn (unlock.ts).
 */
export function LockScreen({
  attempts,
  keyring,
  readAhead,
}: {
  attempts: PinAttempts | undefined
  keyring: Keyring | undefined
  readAhead?: (() => Promise<unknown>) | undefined
}) {
  const { t } = useTranslation(LOCK_NS)
  const [pin, setPin] = useState('')
  const [busy, setBusy] = useState(false)
  const [now, setNow] = useState(() => Date.now())
  const unsynced = useLiveQuery(() => db.outbox.count())
  // The PIN pad is drawn with what the app read at start: interactive now, no second read to wait for.
  useMarkReady(true)

  const waitMs = attempts ? Math.max(0, attempts.waitUntil - now) : 0
  // Digits typed on the pad drawn before the app loaded (early-lock.ts), taken in the same task that
  // replaced it, so none is lost; a whole PIN is checked at once. Not while a wrong-PIN wait runs.
  useLayoutEffect(() => {
    const early = takeEarlyPin()
    if (early === '' || waitMs > 0) return
    setPin(early)
    if (early.length === PIN_LENGTH) void submit(early)
    // Once, at mount: the early pad exists only then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  useEffect(() => {
    if (waitMs <= 0) return undefined
    const timer = setInterval(() => setNow(Date.now()), 1_000)
    return () => clearInterval(timer)
  }, [waitMs])

  const submit = async (value: string) => {
    setBusy(true)
    try {
      const result = await unlockWithPin(value, Date.now(), { readAhead, keyring })
      // On success the data key is set and App renders the app instead of this screen.
      if (!result.ok) setPin('')
    } finally {
      setNow(Date.now())
      setBusy(false)
    }
  }

  const onChange = (next: string) => {
    setPin(next)
    if (next.length === PIN_LENGTH) void submit(next)
  }

  const doSignOut = async () => {
    if (!window.confirm(t('signOutConfirm'))) return
    const { signOut } = await import('../../db/sign-out.ts')
    await signOut()
  }

  const failures = attempts?.failures ?? 0
  const seconds = Math.ceil(waitMs / 1_000)
  return (
    <main className="screen lock-screen">
      <h1>{t('title')}</h1>
      <p>{t('prompt')}</p>
      <PinPad label={t('pin')} value={pin} onChange={onChange} disabled={busy || waitMs > 0} />
      <p role="status" aria-live="polite" className="muted">
        {busy && t('checking')}
      </p>
      {failures > 0 && (
        <p className="notice error" role="alert" data-testid="pin-error">
          {t('wrong', { failures })}{' '}
          {waitMs > 0 &&
            (seconds > 120 ? t('waitMinutes', { minutes: Math.ceil(seconds / 60) }) : t('wait', { seconds }))}
        </p>
      )}
      {failures >= PIN_SIGN_OUT_AFTER && unsynced !== undefined && (
        <div className="notice warn">
          <p>{t('tooMany', { failures })}</p>
          {unsynced === 0 ? (
            <>
              <p>{t('signOutOffer')}</p>
              <button type="button" className="button danger" onClick={() => void doSignOut()}>
                {t('signOut')}
              </button>
            </>
          ) : (
            <p>{t('unsyncedHelp', { count: unsynced })}</p>
          )}
        </div>
      )}
    </main>
  )
}
