// /backup — Settings → "Sao lưu hồ sơ chưa gửi": a passphrase-encrypted file of the unsynced
// registrations, downloaded through a Blob link. Once written, sign-out with those registrations is allowed.
import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type FormEvent } from 'react'
import { db } from '../../db/db.ts'
import type { DeviceInfo, Session } from '../../db/settings.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { useMarkReady } from '../../ui/use-mark-ready.ts'
import { MIN_PASSPHRASE_LENGTH } from './backup-file.ts'
import { BACKUP_NS } from './backup-strings.ts'
import { exportBackup, noteBackupWritten } from './export-backup.ts'

export function BackupScreen({ session }: { session: Session; device: DeviceInfo | undefined }) {
  const { t } = useTranslation(BACKUP_NS)
  const unsynced = useLiveQuery(() => db.outbox.count())
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>(undefined)
  const [busy, setBusy] = useState(false)
  useMarkReady(unsynced !== undefined)

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const data = new FormData(e.currentTarget)
    const passphrase = String(data.get('passphrase') ?? '')
    if (passphrase.length < MIN_PASSPHRASE_LENGTH)
      return setMessage({ kind: 'error', text: t('passphraseShort', { min: MIN_PASSPHRASE_LENGTH }) })
    if (passphrase !== String(data.get('passphraseAgain') ?? ''))
      return setMessage({ kind: 'error', text: t('passphraseMismatch') })
    setBusy(true)
    setMessage(undefined)
    try {
      const file = await exportBackup({
        passphrase,
        scope: data.get('all') === 'on' ? 'all' : 'unsynced',
        user: session.user,
      })
      if (file.count === 0) return setMessage({ kind: 'error', text: t('nothing') })
      download(file.text, file.fileName)
      await noteBackupWritten(file)
      setMessage({ kind: 'ok', text: t('created', { fileName: file.fileName, count: file.count }) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <main className="screen settings">
      <h1>{t('backupTitle')}</h1>
      <p className="muted">{t('backupIntro')}</p>
      {unsynced !== undefined && <p>{t('unsyncedCount', { count: unsynced })}</p>}
      <form onSubmit={(e) => void submit(e)}>
        <label className="check">
          <input type="checkbox" name="all" /> {t('includeAll')}
        </label>
        <div className="field">
          <label htmlFor="passphrase">{t('passphrase')}</label>
          <input id="passphrase" name="passphrase" type="password" autoComplete="new-password" required />
          <small className="muted">{t('passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}</small>
        </div>
        <div className="field">
          <label htmlFor="passphraseAgain">{t('passphraseAgain')}</label>
          <input
            id="passphraseAgain"
            name="passphraseAgain"
            type="password"
            autoComplete="new-password"
            required
          />
        </div>
        {message && (
          <p
            className={`notice${message.kind === 'error' ? ' error' : ''}`}
            role={message.kind === 'error' ? 'alert' : 'status'}
          >
            {message.text}
          </p>
        )}
        <button type="submit" className="button primary big" disabled={busy}>
          {busy ? t('creating') : t('create')}
        </button>
      </form>
    </main>
  )
}

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked later, not at once: some browsers start reading the Blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
