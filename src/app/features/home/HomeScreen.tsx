// Home: pick the event you are working at, then go enrol.
import { useLiveQuery } from 'dexie-react-hooks'
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from '../../i18n/use-translation.ts'
import { Link } from 'wouter'
import { refreshEvents } from '../../api/refresh-events.ts'
import { hasFollowUpsDue } from '../../db/follow-ups-due.ts'
import { db } from '../../db/db.ts'
import { setSetting, type Session } from '../../db/settings.ts'
import { formatDateVi } from '../../../domain/format/format-date-vi.ts'
import { vietnamDate } from '../../../domain/registration/local-date.ts'
import { useMarkReady } from '../../ui/use-mark-ready.ts'
// Loaded only when a follow-up is due (enrol bundle budget: the home screen comes first).
const FollowUps = lazy(() => import('./FollowUps.tsx').then((m) => ({ default: m.FollowUps })))
import { syncNow } from '../../sync/sync-engine.ts'

export function HomeScreen({ session, eventId }: { session: Session; eventId: string | undefined }) {
  const { t } = useTranslation()
  const events = useLiveQuery(async () =>
    (await db.events.toArray()).sort((x, y) => y.startsOn.localeCompare(x.startsOn)),
  )
  const hasDraft = useLiveQuery(async () => (await db.drafts.get('enrol')) !== undefined)
  const hasFollowUps = useLiveQuery(() => hasFollowUpsDue(vietnamDate(new Date().toISOString())))
  const [loadError, setLoadError] = useState(false)
  const [busy, setBusy] = useState(false)
  useMarkReady(events !== undefined)

  const reload = async () => {
    setBusy(true)
    setLoadError(false)
    try {
      await refreshEvents()
    } catch {
      setLoadError(true)
    } finally {
      setBusy(false)
    }
  }

  const canReview = session.user.role !== 'staff'
  return (
    <main className="screen home">
      <h1 className="hello">{t('home.hello', { name: session.user.displayName })}</h1>
      <fieldset className="events">
        <legend>{t('home.event')}</legend>
        {events?.length === 0 && <p className="muted">{t('home.noEvents')}</p>}
        {events?.map((ev) => (
          <label key={ev.id} className="event-option" htmlFor={`event-${ev.id}`}>
            <input
              type="radio"
              name="event"
              id={`event-${ev.id}`}
              value={ev.id}
              checked={eventId === ev.id}
              // Chosen online, the phone brings the commune's participant list with the next sync.
              onChange={() => void setSetting('eventId', ev.id).then(() => syncNow())}
            />
            <span>
              <strong>{ev.name}</strong>
              <small>
                {formatDateVi(ev.startsOn)} – {formatDateVi(ev.endsOn)} · {ev.commune}
              </small>
            </span>
          </label>
        ))}
        <button type="button" className="link-button" onClick={() => void reload()} disabled={busy}>
          {t('home.reloadEvents')}
        </button>
        {loadError && <p className="field-error">{t('home.reloadFailed')}</p>}
      </fieldset>
      {hasDraft && <p className="notice">{t('home.drafted')}</p>}
      <Link
        href="/enrol"
        className={`button primary big${eventId ? '' : ' disabled'}`}
        aria-disabled={!eventId}
      >
        {t('home.startEnrol')}
      </Link>
      <Link
        href="/advise"
        className={`button secondary${eventId ? '' : ' disabled'}`}
        aria-disabled={!eventId}
      >
        {t('home.advise')}
      </Link>
      <Link href="/queue" className="button secondary">
        {t('home.openQueue')}
      </Link>
      {canReview && (
        <Link href="/review" className="button secondary">
          {t('home.openReview')}
        </Link>
      )}
      {hasFollowUps && (
        <Suspense fallback={null}>
          <FollowUps />
        </Suspense>
      )}
    </main>
  )
}
