// /enrol and /enrol/:id — loads what the form starts from (a draft, the registration being corrected
// or a blank form) before the form mounts, so react-hook-form gets its defaults once.
import { lazy, Suspense, useEffect, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { listInsuredStates } from '../../db/insured-store.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { Link, useSearch } from 'wouter'
import { groupThousands } from '../../../domain/format/format-vnd.ts'
import { vietnamDate } from '../../../domain/registration/local-date.ts'
import { valueOn } from '../../../domain/rules/dated.ts'
import { defaultRules } from '../../../domain/rules/default-rules.ts'
import { rulesMissingOn } from '../../../domain/rules/rules-missing-on.ts'
import { formatDateVi } from '../../../domain/format/format-date-vi.ts'
import { enrolDraftKey, loadDraft } from '../../db/drafts.ts'
import { getRegistration } from '../../db/registrations-repo.ts'
import type { LocalRegistration } from '../../db/schema.ts'
import type { DeviceInfo } from '../../db/settings.ts'
import { useMarkReady } from '../../ui/use-mark-ready.ts'
import { EnrolForm } from './EnrolForm.tsx'
import { completeDraft, emptyForm, type EnrolFormValues } from './enrol-form-values.ts'

// Only when the phone holds the office's list for the event's commune: not a byte of the first load.
const InsuredSearch = lazy(() => import('./InsuredSearch.tsx').then((m) => ({ default: m.InsuredSearch })))

interface Loaded {
  initial: EnrolFormValues
  existing?: LocalRegistration
  on: string
}

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
  const [loaded, setLoaded] = useState<Loaded | 'missing' | { noRulesOn: string } | undefined>(undefined)
  // Bumped when a person found on the office's list starts the form afresh.
  const [started, setStarted] = useState(0)
  const list = useLiveQuery(
    async () =>
      id || !eventId ? undefined : (await listInsuredStates()).find((s) => s.eventIds.includes(eventId)),
    [id, eventId],
  )
  useMarkReady(loaded !== undefined || (!id && !eventId))
  // "Ghi danh" on a follow-up of the home screen: /enrol?from=<consultation id> (an id, never a name).
  const query = useSearch()
  const from = id ? null : new URLSearchParams(query).get('from')

  useEffect(() => {
    let cancelled = false
    void (async () => {
      const existing = id ? await getRegistration(id) : undefined
      if (id && !existing) {
        if (!cancelled) setLoaded('missing')
        return
      }
      // Rules apply at the date the money was collected: today, or the original date for a correction.
      const on = existing ? vietnamDate(existing.record.collectedAt) : vietnamDate(new Date().toISOString())
      // A phone whose clock fell back to a year before the first rate (a flat battery can do that) has no
      // figure to quote with: say so instead of showing amounts nobody can compute.
      if (rulesMissingOn(defaultRules, on).length > 0) {
        if (!cancelled) setLoaded({ noRulesOn: on })
        return
      }
      const defaultIncome = groupThousands(valueOn(defaultRules.povertyLineRural, on, 'poverty line'))
      const draft = completeDraft(await loadDraft(enrolDraftKey(id)), defaultIncome)
      const initial =
        draft ??
        (existing
          ? // A correction: the form from the record, in the chunk the checks load from (bundle budget).
            (await import('./form-to-registration.ts')).fromRegistration(existing.record, defaultIncome)
          : ((from ? await followUpForm(from, defaultIncome) : undefined) ?? emptyForm(defaultIncome)))
      if (!cancelled) setLoaded(existing ? { initial, existing, on } : { initial, on })
    })()
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

/** The form a follow-up starts (loaded only then: not a byte of the enrol screen's first load). */
async function followUpForm(
  consultationId: string,
  defaultIncome: string,
): Promise<EnrolFormValues | undefined> {
  const [{ getConsultation }, { formFromFollowUp }] = await Promise.all([
    import('../../db/consultations-repo.ts'),
    import('./from-follow-up.ts'),
  ])
  const followUp = await getConsultation(consultationId)
  return followUp ? formFromFollowUp(followUp.record, defaultIncome) : undefined
}
