// Accounts: an admin creates them, changes role, team and display name, disables them and resets
// passwords (each revokes the account's sessions at once, server-side). A supervisor sees their team.
import { useCallback, useEffect, useId, useState } from 'react'
import { useTranslation } from '../../i18n/use-translation.ts'
import {
  createAccount,
  listAccounts,
  patchAccount,
  resetPassword,
  userRoles,
  type Account,
  type Role,
  type Team,
} from './admin-api.ts'
import { ADMIN_NS } from './admin-strings.ts'
import { describeApiError } from '../../api/describe-api-error.ts'
import { TableScroll } from '../../ui/TableScroll.tsx'

interface Draft {
  username: string
  displayName: string
  role: Role
  teamId: string | null
  password: string
}

export function AccountsPanel({ teams, isAdmin }: { teams: readonly Team[]; isAdmin: boolean }) {
  const { t } = useTranslation(ADMIN_NS)
  const appT = useTranslation().t
  const id = useId()
  const [accounts, setAccounts] = useState<Account[]>([])
  const [draft, setDraft] = useState<Draft | undefined>()
  const [message, setMessage] = useState<{ error: boolean; text: string } | undefined>()

  const fail = useCallback(
    (e: unknown) => setMessage({ error: true, text: describeApiError(appT, e, t('offline')) }),
    [appT, t],
  )
  const load = useCallback(() => {
    listAccounts().then(setAccounts, fail)
  }, [fail])
  useEffect(load, [load])

  const done = (text: string) => {
    setMessage({ error: false, text })
    load()
  }
  const patch = (account: Account, body: Parameters<typeof patchAccount>[1]) =>
    patchAccount(account.id, body).then(() => done(t('saved')), fail)

  const create = async () => {
    if (!draft) return
    setMessage(undefined)
    try {
      await createAccount(draft)
      setDraft(undefined)
      done(t('saved'))
    } catch (e) {
      fail(e)
    }
  }

  const teamOptions = (
    <>
      <option value="">{t('noTeam')}</option>
      {teams.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name}
        </option>
      ))}
    </>
  )

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('tab_accounts')}</h2>
      {!isAdmin && <p className="hint">{t('accountsReadOnly')}</p>}
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'notice error' : 'notice'}>
          {message.text}
        </p>
      )}
      {isAdmin && !draft && (
        <button
          type="button"
          className="button small primary"
          onClick={() =>
            setDraft({
              username: '',
              displayName: '',
              role: 'staff',
              teamId: teams[0]?.id ?? null,
              password: '',
            })
          }
        >
          {t('newAccount')}
        </button>
      )}
      {draft && (
        <form
          className="admin-form"
          aria-label={t('newAccount')}
          onSubmit={(e) => {
            e.preventDefault()
            void create()
          }}
        >
          <div className="field-box">
            <label htmlFor={`${id}-f1`}>{t('username')}</label>
            <input
              id={`${id}-f1`}
              required
              autoComplete="off"
              value={draft.username}
              onChange={(e) => setDraft({ ...draft, username: e.target.value })}
            />
          </div>
          <div className="field-box">
            <label htmlFor={`${id}-f2`}>{t('displayName')}</label>
            <input
              id={`${id}-f2`}
              required
              value={draft.displayName}
              onChange={(e) => setDraft({ ...draft, displayName: e.target.value })}
            />
          </div>
          <div className="field-box">
            <label htmlFor={`${id}-f3`}>{t('role')}</label>
            <select
              id={`${id}-f3`}
              value={draft.role}
              onChange={(e) => setDraft({ ...draft, role: e.target.value as Role })}
            >
              {userRoles.map((r) => (
                <option key={r} value={r}>
                  {t(`role_${r}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field-box">
            <label htmlFor={`${id}-f4`}>{t('team')}</label>
            <select
              id={`${id}-f4`}
              value={draft.teamId ?? ''}
              onChange={(e) => setDraft({ ...draft, teamId: e.target.value || null })}
            >
              {teamOptions}
            </select>
          </div>
          <div className="field-box">
            <label htmlFor={`${id}-f5`}>{t('password')}</label>
            <input
              id={`${id}-f5`}
              type="password"
              required
              minLength={8}
              autoComplete="new-password"
              value={draft.password}
              onChange={(e) => setDraft({ ...draft, password: e.target.value })}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button small primary">
              {t('save')}
            </button>
            <button type="button" className="button small secondary" onClick={() => setDraft(undefined)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      <TableScroll label={t('tab_accounts')}>
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('username')}</th>
              <th scope="col">{t('displayName')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('team')}</th>
              <th scope="col">{t('active')}</th>
              {isAdmin && <th scope="col">{t('resetPassword')}</th>}
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <AccountRow
                key={a.id}
                account={a}
                isAdmin={isAdmin}
                teamOptions={teamOptions}
                onPatch={patch}
                onReset={(pw) => resetPassword(a.id, pw).then(() => done(t('passwordReset')), fail)}
                teams={teams}
              />
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}

function AccountRow({
  account: a,
  isAdmin,
  teams,
  teamOptions,
  onPatch,
  onReset,
}: {
  account: Account
  isAdmin: boolean
  teams: readonly Team[]
  teamOptions: React.ReactNode
  onPatch: (a: Account, body: Parameters<typeof patchAccount>[1]) => Promise<void>
  onReset: (password: string) => Promise<void>
}) {
  const { t } = useTranslation(ADMIN_NS)
  const [name, setName] = useState(a.displayName)
  const [password, setPassword] = useState('')
  if (!isAdmin) {
    return (
      <tr>
        <th scope="row">{a.username}</th>
        <td>{a.displayName}</td>
        <td>{t(`role_${a.role}`)}</td>
        <td>{teams.find((x) => x.id === a.teamId)?.name ?? a.teamId ?? t('none')}</td>
        <td>{a.disabled ? t('disabled') : t('active')}</td>
      </tr>
    )
  }
  return (
    <tr className={a.disabled ? 'disabled' : undefined}>
      <th scope="row">{a.username}</th>
      <td>
        <input
          aria-label={`${t('displayName')} ${a.username}`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => {
            if (name.trim() && name !== a.displayName) void onPatch(a, { displayName: name.trim() })
          }}
        />
      </td>
      <td>
        <select
          aria-label={`${t('role')} ${a.username}`}
          value={a.role}
          onChange={(e) => void onPatch(a, { role: e.target.value as Role })}
        >
          {userRoles.map((r) => (
            <option key={r} value={r}>
              {t(`role_${r}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          aria-label={`${t('team')} ${a.username}`}
          value={a.teamId ?? ''}
          onChange={(e) => void onPatch(a, { teamId: e.target.value || null })}
        >
          {teamOptions}
        </select>
      </td>
      <td>
        <button
          type="button"
          className="link-button"
          onClick={() => void onPatch(a, { disabled: !a.disabled })}
        >
          {a.disabled ? `${t('disabled')} · ${t('enable')}` : t('disable')}
        </button>
      </td>
      <td>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault()
            void onReset(password).then(() => setPassword(''))
          }}
        >
          <input
            type="password"
            aria-label={`${t('newPassword')} ${a.username}`}
            autoComplete="new-password"
            minLength={8}
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button type="submit" className="link-button">
            {t('resetPassword')}
          </button>
        </form>
      </td>
    </tr>
  )
}
