// One breakdown of the tally as a table: a row per event, day, commune or collector, the six figures as
// the API gives them, and the de-duplicated totals underneath (rows may add up to more: a person helped at
// two events counts once in the total).
import { formatVnd } from '../../../domain/format/format-vnd.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { DASHBOARD_NS } from './dashboard-strings.ts'
import { formatCount } from './format-count.ts'
import type { TallyRow } from './tally-series.ts'
import { CAMPAIGN_KEYS, type TallyFigures } from './tally-types.ts'
import { TableScroll } from '../../ui/TableScroll.tsx'

const COUNT_KEYS = [...CAMPAIGN_KEYS, 'registrations'] as const

export function TallyTable({
  caption,
  rows,
  totals,
  testId,
}: {
  caption: string
  rows: readonly TallyRow[]
  totals: TallyFigures
  testId: string
}) {
  const { t, i18n } = useTranslation(DASHBOARD_NS)
  return (
    <TableScroll label={caption}>
      <table className="tally-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            {COUNT_KEYS.map((k) => (
              <th scope="col" key={k} className="num">
                {t(`short_${k}`)}
              </th>
            ))}
            <th scope="col" className="num">
              {t('short_collectedVnd')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {COUNT_KEYS.map((k) => (
                <td key={k} className="num">
                  {formatCount(r[k], i18n.language)}
                </td>
              ))}
              <td className="num">{formatVnd(r.collectedVnd)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('total')}</th>
            {COUNT_KEYS.map((k) => (
              <td key={k} className="num">
                {formatCount(totals[k], i18n.language)}
              </td>
            ))}
            <td className="num">{formatVnd(totals.collectedVnd)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  )
}
