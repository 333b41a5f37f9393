// The summary as the office reports it: heading, title, event, period and area, the four campaign figures
// in one sentence, registrations and cash (in words too), the per-commune table and the signatures. Shown on
// screen as the report's preview and printed alone on A4 (dashboard.css).
import { findProvince } from '../../../domain/admin/provinces.ts'
import { amountInWords } from '../../../domain/format/amount-in-words.ts'
import { formatVnd } from '../../../domain/format/format-vnd.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import type { CampaignEvent } from './dashboard-api.ts'
import { DASHBOARD_NS } from './dashboard-strings.ts'
import { formatCount } from './format-count.ts'
import { dayVi, reportPeriod } from './report-period.ts'
import { TallyTable } from './TallyTable.tsx'
import { tallyRows } from './tally-series.ts'
import type { TallyAnswer } from './tally-types.ts'

export function PrintReport({
  tally,
  event,
  asked,
  today,
}: {
  tally: TallyAnswer
  event: CampaignEvent | undefined
  asked: { from?: string | undefined; to?: string | undefined }
  today: string
}) {
  const { t, i18n } = useTranslation(DASHBOARD_NS)
  const n = (v: number) => formatCount(v, i18n.language)
  const period = reportPeriod(asked, event, Object.keys(tally.byDay))
  const communes = tallyRows(tally.byCommune, tally.names.commune)
  const area = event
    ? [event.commune, findProvince(event.provinceCode)?.name].filter(Boolean).join(', ')
    : communes
        .slice(0, 6)
        .map((c) => c.label)
        .join(', ') + (communes.length > 6 ? ', …' : '')
  return (
    <article className="print-report" aria-labelledby="print-report-title" data-testid="print-report">
      <header className="report-head">
        <p className="report-agency">{t('reportAgency')}</p>
        <p className="report-motto">{t('reportMotto')}</p>
      </header>
      <h2 id="print-report-title" className="report-title">
        {t('reportTitle')}
      </h2>
      <p>{t('reportEvent', { name: event?.name ?? t('allEvents') })}</p>
      {period && <p>{t('reportPeriod', { from: dayVi(period.from), to: dayVi(period.to) })}</p>}
      {area && <p>{t('reportArea', { area })}</p>}
      <h3>{t('reportResults')}</h3>
      <p className="report-sentence" data-testid="summary-sentence">
        {t('summaryLine', {
          vsi: n(tally.vsiNew),
          hi: n(tally.hiNew),
          vssid: n(tally.vssidAssisted),
          pension: n(tally.cashlessPension),
          hiRenewed: n(tally.hiRenewed),
          advised: n(tally.advised),
        })}
      </p>
      <p>
        {t('reportRegistrations', {
          n: n(tally.registrations),
          amount: formatVnd(tally.collectedVnd, 'đồng'),
          words: amountInWords(tally.collectedVnd),
        })}
      </p>
      {communes.length > 0 && (
        <TallyTable caption={t('byCommune')} rows={communes} totals={tally} testId="report-communes" />
      )}
      <p className="report-date">{t('reportDate', { date: dayVi(today) })}</p>
      <div className="signatures">
        <div>
          <strong>{t('reportPreparer')}</strong>
          <br />
          <em>{t('reportSign')}</em>
        </div>
        <div>
          <strong>{t('reportHead')}</strong>
          <br />
          <em>{t('reportSign')}</em>
        </div>
      </div>
    </article>
  )
}
