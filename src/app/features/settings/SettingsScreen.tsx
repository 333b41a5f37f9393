import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from '../../i18n/use-translation.ts'
import { useLocation } from 'wouter'
import { db } from '../../db/db.ts'
import { setSetting, type DeviceInfo, type Session } from '../../db/settings.ts'
import { useMarkReady } from '../../ui/use-mark-ready.ts'
import { signOut } from '../../db/sign-out.ts'

export function SettingsScreen({
  session,
  device,
  language,
}: {
  session: Session
  device: DeviceInfo | undefined
  language: 'vi' | 'en'
}) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const waiting = useLiveQuery(() => db.outbox.count())
  const [blocked, setBlocked] = useState<number | undefined>(undefined)
  useMarkReady(true)

  const doSignOut = async () => {
    if ((waiting ?? 0) === 0 && !window.confirm(t('settings.signOutConfirm'))) return
    const result = await signOut()
    if (!result.ok) setBlocked(result.waiting)
    else navigate('/login')
  }

  return (
    <main className="screen settings">
      <h1>{t('settings.title')}</h1>
      <div className="field">
        <label htmlFor="language">{t('settings.language')}</label>
        <select
          id="language"
          value={language}
          onChange={(e) => void setSetting('language', e.target.value === 'en' ? 'en' : 'vi')}
        >
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </select>
      </div>
      <dl className="facts">
        <dt>{t('settings.user')}</dt>
        <dd>
          {session.user.displayName} ({session.user.username})
        </dd>
        <dt>{t('settings.role')}</dt>
        <dd>{t(`settings.role_${session.user.role}`)}</dd>
        <dt>{t('settings.device')}</dt>
        <dd className="mono">{device?.receiptPrefix ?? '—'}</dd>
      </dl>
      {blocked !== undefined && (
        <p className="notice error" role="alert">
          {t('settings.signOutBlocked', { count: blocked })}
        </p>
      )}
      <button type="button" className="button danger big" onClick={() => void doSignOut()}>
        {t('settings.signOut')}
      </button>
    </main>
  )
}
