// First sign-in on this phone (or the first start after the v2 upgrade): choose the PIN, twice. Setting it
// makes the data key that seals registrations (db/unlock.ts) and, after an upgrade, seals the old rows.
import { useState } from 'react'
import { DEFAULT_IDLE_LOCK_MINUTES } from '../../db/settings.ts'
import { setUpPin } from '../../db/unlock.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { useMarkReady } from '../../ui/use-mark-ready.ts'
import { LOCK_NS } from './lock-strings.ts'
import { PIN_LENGTH, PinPad } from './PinPad.tsx'
import { isWeakPin } from './weak-pin.ts'
import './lock.css'

export function SetPinScreen() {
  const { t } = useTranslation(LOCK_NS)
  const [first, setFirst] = useState<string | undefined>(undefined)
  const [pin, setPin] = useState('')
  const [mismatch, setMismatch] = useState(false)
  const [weak, setWeak] = useState(false)
  const [busy, setBusy] = useState(false)
  useMarkReady(true)

  const onChange = (next: string) => {
    setPin(next)
    if (next.length < PIN_LENGTH) return
    if (first === undefined) {
      setPin('')
      setMismatch(false)
      // Refused at the first entry, before it is typed twice.
      setWeak(isWeakPin(next))
      if (!isWeakPin(next)) setFirst(next)
    } else if (next !== first) {
      setFirst(undefined)
      setMismatch(true)
      setPin('')
    } else {
      setBusy(true)
      // On success the keyring setting appears and App moves on. It fails only when another tab set a PIN
      // a moment earlier: that keyring appears too, and App shows the lock screen for it.
      void setUpPin(next)
        .catch(() => undefined)
        .finally(() => setBusy(false))
    }
  }

  return (
    <main className="screen lock-screen">
      <h1>{t('setTitle')}</h1>
      <p className="muted">{t('setIntro', { minutes: DEFAULT_IDLE_LOCK_MINUTES })}</p>
      <h2 data-testid="pin-step">{first === undefined ? t('setFirst') : t('setAgain')}</h2>
      {/* Above the keypad: below it, a 360×740 screen hides it. */}
      {weak && (
        <p className="notice error" role="alert" data-testid="pin-weak">
          {t('weak')}
        </p>
      )}
      <PinPad label={t('pin')} value={pin} onChange={onChange} disabled={busy} />
      <p role="status" aria-live="polite" className="muted">
        {busy && t('saving')}
      </p>
      {mismatch && (
        <p className="notice error" role="alert">
          {t('mismatch')}
        </p>
      )}
    </main>
  )
}
