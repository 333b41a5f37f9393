import { useState, type FormEvent } from 'react'
import { useLocation } from 'wouter'
import { useTranslation } from '../../i18n/use-translation.ts'
import { useMarkReady } from '../../ui/use-mark-ready.ts'
import { signIn } from './sign-in.ts'

/** `sameUser`: the session expired; only that account may sign in again (its work is still on the device). */
export function LoginScreen({ sameUser }: { sameUser?: string }) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | undefined>(undefined)
  useMarkReady(true)

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault()
    const data = new FormData(e.currentTarget)
    setBusy(true)
    setError(undefined)
    const result = await signIn(
      String(data.get('username') ?? '').trim(),
      String(data.get('password') ?? ''),
      sameUser,
    )
    setBusy(false)
    // On success the session setting changes and the app re-renders into the signed-in routes.
    if (result.ok && sameUser !== undefined) navigate('/', { replace: true })
    if (!result.ok) {
      setError(
        result.reason === 'bad_credentials'
          ? t('login.badCredentials')
          : result.reason === 'other_user'
            ? t('login.sameUserOnly', { username: result.message })
            : result.reason === 'network'
              ? t('login.network')
              : t('login.failed', { message: result.message }),
      )
    }
  }

  return (
    <main className="screen login">
      <h1>{t('login.title')}</h1>
      {sameUser !== undefined && <p className="notice warn">{t('login.expired')}</p>}
      <form onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor="username">{t('login.username')}</label>
          <input
            id="username"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            defaultValue={sameUser}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="password">{t('login.password')}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
        {error && (
          <p className="notice error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button primary big" disabled={busy}>
          {busy ? t('login.busy') : t('login.submit')}
        </button>
      </form>
    </main>
  )
}
