// The campaign dashboard (supervisor: own team; admin: everything): the six figures of domain.md §8 exactly
// as GET /api/reports/tally answers them, per day (chart), per event, per commune and per collector (tables
// and a bar chart), an event/date scope, the printable report, and the D05-TS/D03-TS exports.
import { useCallback, useEffect, useId, useMemo, useState } from 'react'
import { formatVnd } from '../../../domain/format/format-vnd.ts'
import { describeApiError } from '../../api/describe-api-error.ts'
import { useApiResource } from '../../api/use-api-resource.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { useMarkReady } from '../../ui/use-mark-ready.ts'
import { vietnamNowIso } from '../../ui/vietnam-now-iso.ts'
import { dailyChart, staffChart } from './charts.ts'
import { getTally, listCampaignEvents, type CampaignEvent, type TallyScope } from './dashboard-api.ts'
import { DASHBOARD_NS } from './dashboard-strings.ts'
import { ExportPanel } from './ExportPanel.tsx'
import { FollowUpList } from './FollowUpList.tsx'
import { formatCount } from './format-count.ts'
import { OfficeTabs } from './OfficeTabs.tsx'
import { PrintReport } from './PrintReport.tsx'
import { TallyTable } from './TallyTable.tsx'
import { dailySeries, shortDay, tallyRows } from './tally-series.ts'
import { CAMPAIGN_KEYS } from './tally-types.ts'
import { UPlotChart } from './UPlotChart.tsx'
import { EventSelect } from '../../ui/EventSelect.tsx'

export function DashboardScreen() {
  const { t, i18n } = useTranslation(DASHBOARD_NS)
  const appT = useTranslation().t
  const id = useId()
  const [events, setEvents] = useState<CampaignEvent[]>([])
  const [scope, setScope] = useState<TallyScope>({})
  const [draft, setDraft] = useState<TallyScope>({})
  const fetchTally = useCallback(() => getTally(scope), [scope])
  const describe = useCallback((e: unknown) => describeApiError(appT, e, t('offline')), [appT, t])
  const { data: tally, error, loading, reload: load } = useApiResource(fetchTally, describe)
  useMarkReady(!loading)

  useEffect(() => {
    listCampaignEvents().then(setEvents, () => {})
  }, [])

  const event = events.find((e) => e.id === scope.eventId)
  const eventNames = useMemo(() => Object.fromEntries(events.map((e) => [e.id, e.name])), [events])
  const labels = useMemo(
    () =>
      Object.fromEntries(CAMPAIGN_KEYS.map((k) => [k, t(`short_${k}`)])) as Record<
        (typeof CAMPAIGN_KEYS)[number],
        string
      >,
    [t],
  )
  const days = useMemo(() => (tally ? dailySeries(tally.byDay, scope) : undefined), [tally, scope])
  const daily = useMemo(
    () => (days && days.days.length > 0 ? dailyChart(days, labels, t('day')) : undefined),
    [days, labels, t],
  )
  const staffRows = useMemo(() => (tally ? tallyRows(tally.byStaff, tally.names.staff) : []), [tally])
  const staff = useMemo(
    () => (staffRows.length > 0 ? staffChart(staffRows, t('short_registrations')) : undefined),
    [staffRows, t],
  )
  const n = (v: number) => formatCount(v, i18n.language)
  const today = vietnamNowIso().slice(0, 10)

  return (
    <main className="screen dashboard wide">
      <OfficeTabs />
      <h1 className="no-print">{t('title')}</h1>
      <form
        className="dashboard-filters no-print"
        aria-label={t('filters')}
        onSubmit={(e) => {
          e.preventDefault()
          setScope({ ...draft })
        }}
      >
        <div className="field-box">
          <label htmlFor={`${id}-f1`}>{t('event')}</label>
          <EventSelect
            id={`${id}-f1`}
            events={events}
            value={draft.eventId}
            onChange={(eventId) => {
              const next = { ...draft, eventId }
              setDraft(next)
              setScope(next)
            }}
            anyLabel={t('anyEvent')}
          />
        </div>
        <div className="field-box">
          <label htmlFor={`${id}-f2`}>{t('from')}</label>
          <input
            id={`${id}-f2`}
            type="date"
            value={draft.from ?? ''}
            onChange={(e) => setDraft({ ...draft, from: e.target.value || undefined })}
          />
        </div>
        <div className="field-box">
          <label htmlFor={`${id}-f3`}>{t('to')}</label>
          <input
            id={`${id}-f3`}
            type="date"
            value={draft.to ?? ''}
            onChange={(e) => setDraft({ ...draft, to: e.target.value || undefined })}
          />
        </div>
        <div className="filter-actions">
          <button type="submit" className="button small primary">
            {t('apply')}
          </button>
          <button
            type="button"
            className="button small secondary"
            onClick={() => window.print()}
            // Figures of before a change of the rules are not printed as the report.
            disabled={!tally || tally.recalculating === true}
          >
            {t('print')}
          </button>
        </div>
      </form>
      <p className="hint no-print">{t('approvedOnly')}</p>

      {error && (
        <p role="alert" className="no-print">
          {error}{' '}
          <button type="button" className="link-button" onClick={load}>
            {t('retry')}
          </button>
        </p>
      )}
      {loading && !tally && <p aria-live="polite">{t('loading')}</p>}

      {tally && (
        <>
          {tally.recalculating && (
            <p className="notice warn no-print" role="status" data-testid="tally-recalculating">
              {t('recalculating')}
            </p>
          )}
          <section className="figures no-print" aria-label={t('title')} data-testid="tally-figures">
            {CAMPAIGN_KEYS.map((k) => (
              <div className="figure" key={k} data-testid={`figure-${k}`}>
                <strong>{n(tally[k])}</strong>
                <span>{t(k)}</span>
              </div>
            ))}
            <div className="figure" data-testid="figure-registrations">
              <strong>{n(tally.registrations)}</strong>
              <span>{t('registrations')}</span>
            </div>
            <div className="figure money" data-testid="figure-collectedVnd">
              <strong>{formatVnd(tally.collectedVnd)}</strong>
              <span>{t('collectedVnd')}</span>
            </div>
          </section>

          {tally.registrations === 0 && <p className="notice no-print">{t('noData')}</p>}

          <PrintReport tally={tally} event={event} asked={scope} today={today} />

          {daily && days && (
            <section className="no-print" aria-labelledby={`${id}-day`}>
              <h2 id={`${id}-day`}>{t('dayChart')}</h2>
              <UPlotChart options={daily.options} data={daily.data} label={t('dayChart')} />
              <TallyTable
                caption={t('byDay')}
                rows={tallyRows(tally.byDay)
                  .map((r) => ({ ...r, label: shortDay(r.key) }))
                  .sort((a, b) => a.key.localeCompare(b.key))}
                totals={tally}
                testId="tally-by-day"
              />
            </section>
          )}
          <section className="no-print" aria-labelledby={`${id}-event`}>
            <h2 id={`${id}-event`}>{t('byEvent')}</h2>
            <TallyTable
              caption={t('byEvent')}
              rows={tallyRows(tally.byEvent, eventNames)}
              totals={tally}
              testId="tally-by-event"
            />
          </section>
          <section className="no-print" aria-labelledby={`${id}-staff`}>
            <h2 id={`${id}-staff`}>{t('byStaff')}</h2>
            {staff && (
              <UPlotChart options={staff.options} data={staff.data} label={t('staffChart')} height={220} />
            )}
            <TallyTable caption={t('byStaff')} rows={staffRows} totals={tally} testId="tally-by-staff" />
          </section>
        </>
      )}

      <FollowUpList eventId={scope.eventId} today={today} />
      <ExportPanel key={scope.eventId ?? ''} events={events} eventId={scope.eventId} />
    </main>
  )
}
