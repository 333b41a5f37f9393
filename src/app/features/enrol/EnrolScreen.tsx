// /enrol and /enrol/:id — loads what the form starts from (a draft, the registration being corrected
// or a blank form; enrol-start.ts) before the form mounts, so react-hook-form gets its defaults once.
import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { listInsuredStates } from '../../db/insured-store.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { Link, useSearch } from 'wouter'
import { groupThousands } from '../../../domain/format/format-vnd.ts'
import { valueOn } from '../../../domain/rules/dated.ts'
import { defaultRules } from '../../../domain/rules/default-rules.ts'
import { formatDateVi } from '../../../domain/format/format-date-vi.ts'
import type { DeviceInfo } from '../../db/settings.ts'
import { useMarkReady } from '../../ui/use-mark-ready.ts'
import { EnrolForm } from './EnrolForm.tsx'
import { enrolFrom, enrolStartReadAhead, loadEnrolStart, type EnrolStart } from './enrol-start.ts'

// Only when the phone holds the office's list for the event's commune: not a byte of the first load.
const InsuredSearch = lazy(() => import('./InsuredSearch.tsx').then((m) => ({ default: m.InsuredSearch })))

export function EnrolScreen({
  id,
  device,
  eventId,
}: {
  id?: string
  device: DeviceInfo | undefined
  eventId: string | undefined
}) {
  const { t } = useTranslation()
  // Bumped to open the stored registration again, dropping the draft (the stale-save panel's choice).
  const [opening, setOpening] = useState(0)
  // "Ghi danh" on a follow-up of the home screen: /enrol?from=<consultation id> (an id, never a name).
  const from = enrolFrom(id, useSearch())
  // Read ahead at unlock when the phone reopened on this form (enrol-start.ts): drawn in the first frame.
  const [loaded, setLoaded] = useState<EnrolStart | undefined>(() => enrolStartReadAhead(id, from))
  const readAhead = useRef(loaded !== undefined)
  // Bumped when a person found on the office's list starts the form afresh.
  const [started, setStarted] = useState(0)
  const list = useLiveQuery(
    async () =>
      id || !eventId ? undefined : (await listInsuredStates()).find((s) => s.eventIds.includes(eventId)),
    [id, eventId],
  )
  useMarkReady(loaded !== undefined || (!id && !eventId))
  useEffect(() => {
    if (readAhead.current) {
      readAhead.current = false
      return undefined
    }
    let cancelled = false
    void loadEnrolStart(id, from).then((start) => {
      if (!cancelled) setLoaded(start)
    })
    return () => {
      cancelled = true
    }
  }, [id, opening, from])

  if (!id && !eventId) {
    return (
      <main className="screen">
        <h1>{t('enrol.title')}</h1>
        <p className="notice">{t('enrol.needEvent')}</p>
        <Link href="/" className="button primary">
          {t('home.chooseEvent')}
        </Link>
      </main>
    )
  }
  if (loaded === 'missing') {
    return (
      <main className="screen">
        <p className="notice">{t('enrol.notFound')}</p>
      </main>
    )
  }
  if (!loaded) return <main className="screen" aria-busy="true" />
  if ('noRulesOn' in loaded) {
    return (
      <main className="screen">
        <h1>{t('enrol.title')}</h1>
        <p className="notice error" role="alert">
          {t('enrol.noRulesOn', { date: formatDateVi(loaded.noRulesOn) })}
        </p>
      </main>
    )
  }
  const insuredList = list && list.version > 0 ? list : undefined
  const on = loaded.on
  const search = insuredList && (
    <Suspense fallback={null}>
      <InsuredSearch
        list={insuredList}
        on={on}
        defaultIncome={groupThousands(valueOn(defaultRules.povertyLineRural, on, 'poverty line'))}
        onStart={(initial) => {
          setLoaded({ initial, on })
          setStarted((n) => n + 1)
          window.scrollTo({ top: 0 })
        }}
      />
    </Suspense>
  )
  return (
    <EnrolForm
      key={`${id ?? 'new'}:${opening}:${started}`}
      search={search}
      onReopen={() => {
        setLoaded(undefined)
        setOpening((n) => n + 1)
      }}
      initial={loaded.initial}
      existing={loaded.existing}
      on={loaded.on}
      device={device}
      eventId={loaded.existing?.record.eventId ?? eventId ?? ''}
    />
  )
}
