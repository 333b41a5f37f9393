// /restore — Settings → "Khôi phục từ tệp sao lưu": a .ghidanh file and its passphrase. The file is
// checked whole before anything is written (import-backup.ts); a refused file changes nothing and the
// reason is shown.
import { useState, type FormEvent } from 'react'
import type { DeviceInfo, Session } from '../../db/settings.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { useMarkReady } from '../../ui/use-mark-ready.ts'
import { BACKUP_EXTENSION } from './backup-file.ts'
import { BACKUP_NS } from './backup-strings.ts'
import { importBackup } from './import-backup.ts'

export function RestoreScreen({ session }: { session: Session; device: DeviceInfo | undefined }) {
  const { t } = useTranslation(BACKUP_NS)
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | undefined>(undefined)
  const [busy, setBusy] = useState(false)
  useMarkReady(true)

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const data = new FormData(e.currentTarget)
    const file = data.get('file')
    if (!(file instanceof File) || file.name === '') return setMessage({ kind: 'error', text: t('noFile') })
    setBusy(true)
    setMessage(undefined)
    try {
      const result = await importBackup(await file.text(), String(data.get('passphrase') ?? ''), session.user)
      setMessage(
        result.ok
          ? {
              kind: 'ok',
              text: t('restored', { added: result.added, updated: result.updated, kept: result.kept }),
            }
          : { kind: 'error', text: `${t(`error_${result.code}`, result.details)} ${t('nothingChanged')}` },
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <main className="screen settings">
      <h1>{t('restoreTitle')}</h1>
      <p className="muted">{t('restoreIntro')}</p>
      <form onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor="file">{t('file')}</label>
          <input id="file" name="file" type="file" accept={`${BACKUP_EXTENSION},application/json`} />
        </div>
        <div className="field">
          <label htmlFor="passphrase">{t('passphrase')}</label>
          <input id="passphrase" name="passphrase" type="password" autoComplete="off" required />
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
          {busy ? t('restoring') : t('restore')}
        </button>
      </form>
    </main>
  )
}
