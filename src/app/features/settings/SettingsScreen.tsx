import { DEFAULT_KEEP_APPROVED_DAYS } from '../../db/retire-approved.ts'
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import { useTranslation } from '../../i18n/use-translation.ts'
import { Link, useLocation } from 'wouter'
import { lockNow } from '../../db/data-key.ts'
import { db } from '../../db/db.ts'
import {
  DEFAULT_IDLE_LOCK_MINUTES,
  getSetting,
  setSetting,
  type DeviceInfo,
  type Session,
} from '../../db/settings.ts'
import { countNotBackedUp, signOut } from '../../db/sign-out.ts'
import { estimateStorage, isStoragePersisted, type StorageUsage } from '../../db/storage-health.ts'
import { useMarkReady } from '../../ui/use-mark-ready.ts'
import { DEVICE_NS } from './device-strings.ts'

const IDLE_CHOICES = [1, 2, 5, 10, 15, 30] as const

/** Days an approved registration stays on the phone; 0 keeps it for ever. */
const KEEP_CHOICES = [90, 180, 365, 0] as const

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
  const { t: td } = useTranslation(DEVICE_NS)
  const [, navigate] = useLocation()
  const waiting = useLiveQuery(() => db.outbox.count())
  const idleMinutes = useLiveQuery(
    async () => (await getSetting('idleLockMinutes')) ?? DEFAULT_IDLE_LOCK_MINUTES,
  )
  const keepDays = useLiveQuery(
    async () => (await getSetting('keepApprovedDays')) ?? DEFAULT_KEEP_APPROVED_DAYS,
  )
  const [blocked, setBlocked] = useState<number | undefined>(undefined)
  const [persisted, setPersisted] = useState<boolean | undefined | null>(null)
  const [usage, setUsage] = useState<StorageUsage | undefined>(undefined)
  useMarkReady(true)

  useEffect(() => {
    void isStoragePersisted().then((p) => setPersisted(p))
    void estimateStorage().then(setUsage)
  }, [])

  const doSignOut = async () => {
    const count = waiting ?? 0
    if (count === 0) {
      if (!window.confirm(t('settings.signOutConfirm'))) return
      if ((await signOut()).ok) navigate('/login')
      return
    }
    // Unsynced registrations: only when every one of them is in the last backup file, and confirmed.
    const notBackedUp = await countNotBackedUp()
    if (notBackedUp > 0) return setBlocked(notBackedUp)
    if (!window.confirm(td('signOutBackedUp', { count }))) return
    const result = await signOut({ allowBackedUp: true })
    if (!result.ok) setBlocked(result.waiting)
    else navigate('/login')
  }

  const mb = (bytes: number) => Math.round(bytes / 1_048_576)
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

      <h2>{td('security')}</h2>
      <div className="field">
        <label htmlFor="idle-lock">{td('idleLock')}</label>
        <select
          id="idle-lock"
          value={idleMinutes ?? DEFAULT_IDLE_LOCK_MINUTES}
          onChange={(e) => void setSetting('idleLockMinutes', Number(e.target.value))}
        >
          {IDLE_CHOICES.map((m) => (
            <option key={m} value={m}>
              {td('minutes', { minutes: m })}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button secondary" onClick={lockNow}>
        {td('lockNow')}
      </button>
      <dl className="facts">
        <dt>{td('storage')}</dt>
        <dd data-testid="storage-persisted">
          {persisted === null
            ? '…'
            : persisted === undefined
              ? td('unknown')
              : persisted
                ? td('persisted')
                : td('notPersisted')}
        </dd>
        {usage && (
          <dd className="muted">
            {td('usage', {
              used: mb(usage.usage),
              quota: mb(usage.quota),
              percent: Math.round(usage.ratio * 100),
            })}
          </dd>
        )}
      </dl>
      <div className="field">
        <label htmlFor="keep-approved">{td('keepApproved')}</label>
        <select
          id="keep-approved"
          value={keepDays ?? DEFAULT_KEEP_APPROVED_DAYS}
          onChange={(e) => void setSetting('keepApprovedDays', Number(e.target.value))}
          aria-describedby="keep-approved-hint"
        >
          {KEEP_CHOICES.map((d) => (
            <option key={d} value={d}>
              {d === 0 ? td('keepForever') : td('days', { days: d })}
            </option>
          ))}
        </select>
        <p id="keep-approved-hint" className="field-hint">
          {td('keepApprovedHint')}
        </p>
      </div>
      <Link href="/backup" className="button secondary">
        {td('backup')}
      </Link>
      <Link href="/restore" className="button secondary">
        {td('restore')}
      </Link>

      {blocked !== undefined && (
        <p className="notice error" role="alert">
          {td('signOutBlocked', { count: blocked })}
        </p>
      )}
      <button type="button" className="button danger big" onClick={() => void doSignOut()}>
        {t('settings.signOut')}
      </button>
    </main>
  )
}
