// /conflict/:id — a revision the server answered `conflict` (another phone of the same collector saved its
// own), held on this phone. The collector sees the server's copy beside theirs and chooses: keep theirs (sent
// as the next revision), take the server's, or — when the server has nothing of theirs under this id — drop
// the held revision. Nothing leaves the outbox any other way.
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useState } from 'react'
import { Link, useLocation } from 'wouter'
import type { RegistrationDetail } from '../../../domain/api/review.ts'
import { ApiError } from '../../api/http.ts'
import { apiFetch } from '../../api/http.ts'
import { describeApiError } from '../../api/describe-api-error.ts'
import { useApiResource } from '../../api/use-api-resource.ts'
import { db } from '../../db/db.ts'
import { openRegistration } from '../../db/registrations-repo.ts'
import { discardHeld, keepMine, takeServers } from '../../db/resolve-conflict.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { RecordDiffTable } from '../../ui/RecordDiffTable.tsx'
import { useMarkReady } from '../../ui/use-mark-ready.ts'
import { CONFLICT_NS } from './conflict-strings.ts'

/** The server's copy, or 'absent' when it holds nothing of this collector's under this id. */
type ServerCopy = RegistrationDetail | 'absent'

export function ConflictScreen({ id }: { id: string }) {
  const { t } = useTranslation(CONFLICT_NS)
  const appT = useTranslation().t
  const [, navigate] = useLocation()
  const [confirming, setConfirming] = useState<'take' | 'discard' | undefined>()
  const [error, setError] = useState<string | undefined>()
  const local = useLiveQuery(async () => {
    const row = await db.registrations.get(id)
    return row ? await openRegistration(row) : null
  }, [id])
  const fetchServer = useCallback(
    (): Promise<ServerCopy> =>
      apiFetch<RegistrationDetail>(`/api/registrations/${encodeURIComponent(id)}`).catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 404) return 'absent' as const
        throw e
      }),
    [id],
  )
  const describe = useCallback((e: unknown) => describeApiError(appT, e, t('needNetwork')), [appT, t])
  const server = useApiResource(fetchServer, describe)
  useMarkReady(local !== undefined)

  if (local === undefined) return <main className="screen" aria-busy="true" />
  if (local === null || local.syncState !== 'conflict') {
    return (
      <main className="screen">
        <h1>{t('title')}</h1>
        <p className="notice">{t('notConflicted')}</p>
        <Link href="/queue">{t('back')}</Link>
      </main>
    )
  }
  const act = (work: () => Promise<void>) => {
    setError(undefined)
    work().then(
      () => navigate('/queue'),
      (e: unknown) => setError(t('failed', { message: e instanceof Error ? e.message : String(e) })),
    )
  }
  const copy = server.data

  return (
    <main className="screen conflict-screen">
      <h1>{t('title')}</h1>
      {server.error && (
        <p className="notice error" role="alert">
          {server.error}
        </p>
      )}
      {copy === undefined && !server.error && <p aria-live="polite">{t('loading')}</p>}
      {copy === 'absent' && (
        <>
          <p className="notice warn">{t('notOnServer')}</p>
          <ChoiceButton
            label={t('discard')}
            confirm={confirming === 'discard' ? t('discardConfirm') : undefined}
            yes={t('yes')}
            no={t('no')}
            onAsk={() => setConfirming('discard')}
            onCancel={() => setConfirming(undefined)}
            onConfirm={() => act(() => discardHeld(id))}
          />
        </>
      )}
      {copy !== undefined && copy !== 'absent' && (
        <>
          <p>{t('explain', { revision: copy.revision })}</p>
          <RecordDiffTable
            theirs={copy.registration}
            mine={local.record}
            headings={{ field: t('field'), theirs: t('server'), mine: t('mine') }}
          />
          <div className="stale-actions">
            <button
              type="button"
              className="button primary"
              onClick={() => act(() => keepMine(local.record, copy.revision))}
            >
              {t('keepMine', { revision: Math.max(copy.revision, local.revision) + 1 })}
            </button>
            <ChoiceButton
              label={t('takeServer')}
              confirm={confirming === 'take' ? t('takeServerConfirm') : undefined}
              yes={t('yes')}
              no={t('no')}
              onAsk={() => setConfirming('take')}
              onCancel={() => setConfirming(undefined)}
              onConfirm={() => act(() => takeServers(copy.registration, copy.revision, copy.review))}
            />
          </div>
        </>
      )}
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      <p>
        <Link href="/queue">{t('back')}</Link>
      </p>
    </main>
  )
}

/** A choice that loses something: the first tap asks, the second does it. */
function ChoiceButton(props: {
  label: string
  confirm: string | undefined
  yes: string
  no: string
  onAsk: () => void
  onCancel: () => void
  onConfirm: () => void
}) {
  if (props.confirm === undefined) {
    return (
      <button type="button" className="button secondary" onClick={props.onAsk}>
        {props.label}
      </button>
    )
  }
  return (
    <div className="notice warn" role="alertdialog" aria-label={props.confirm}>
      <p>{props.confirm}</p>
      <div className="stale-actions">
        <button type="button" className="button danger" onClick={props.onConfirm}>
          {props.yes}
        </button>
        <button type="button" className="button secondary" onClick={props.onCancel}>
          {props.no}
        </button>
      </div>
    </div>
  )
}
