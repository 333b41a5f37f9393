// One person's quote, recomputed on every keystroke with the shared rules: VSI per month and in total
// (gross, state support, local support, what the person pays), then the household HI line at its rank.
import { useTranslation } from '../../i18n/use-translation.ts'
import { formatVnd } from '../../../domain/format/format-vnd.ts'
import type { IsoDate } from '../../../domain/rules/dated.ts'
import type { RuleSet } from '../../../domain/rules/rule-set.ts'
import type { ParticipantFormValues } from './enrol-form-values.ts'
import { HOUSEHOLD_NS } from './household-strings.ts'
import { quoteParticipant } from './quote-participant.ts'
import { vsiMonthLines } from './vsi-month-lines.ts'

export function QuoteLines({
  participant,
  rules,
  on,
  rank,
}: {
  participant: ParticipantFormValues
  rules: RuleSet
  on: IsoDate
  rank: number | undefined
}) {
  const { t } = useTranslation()
  const h = useTranslation(HOUSEHOLD_NS).t
  const q = quoteParticipant(participant, rules, on, rank)
  const vsi = q.vsi?.ok ? q.vsi.quote : undefined
  const hi = q.hi?.ok ? q.hi.quote : undefined
  if (!vsi && !hi) return null
  const months = Number(participant.vsiMonths)
  // Under the 120-month cap only some months are supported (domain.md §2.3, V5): both kinds are shown.
  const monthLines = vsi ? vsiMonthLines(vsi, months) : []
  return (
    <div className="quote-box" aria-live="polite">
      {vsi && (
        <table className="quote-table">
          <caption>{t('enrol.vsi')}</caption>
          <thead>
            <tr>
              <td />
              <th scope="col">{h('perMonth')}</th>
              <th scope="col">{h('inTotal', { months })}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{h('grossLine')}</th>
              <td>{formatVnd(vsi.grossPerMonth)}</td>
              <td>{formatVnd(vsi.gross)}</td>
            </tr>
            <tr>
              <th scope="row">
                {vsi.supportedMonths === months
                  ? h('stateSupport')
                  : h('supportedMonths', { months: vsi.supportedMonths })}
              </th>
              <td>{vsi.supportedMonths > 0 ? `− ${formatVnd(vsi.supportPerMonth)}` : '—'}</td>
              <td>− {formatVnd(vsi.stateSupport)}</td>
            </tr>
            {vsi.localSupport > 0 && (
              <tr>
                <th scope="row">{h('localSupport')}</th>
                <td>− {formatVnd(vsi.localSupportPerMonth)}</td>
                <td>− {formatVnd(vsi.localSupport)}</td>
              </tr>
            )}
            <tr className="pays">
              <th scope="row">{h('pays')}</th>
              <td data-testid="vsi-pays-per-month">
                {monthLines.length > 1 ? '—' : formatVnd(monthLines[0]?.perMonth ?? 0)}
              </td>
              <td data-testid="vsi-payable">{formatVnd(vsi.payable)}</td>
            </tr>
            {monthLines.length > 1 && (
              <tr className="month-lines">
                <td colSpan={3} data-testid="vsi-month-lines">
                  {monthLines.map((l) => (
                    <span key={String(l.supported)}>
                      {h(l.supported ? 'paysSupportedMonths' : 'paysUnsupportedMonths', {
                        amount: formatVnd(l.perMonth),
                        months: l.months,
                      })}
                    </span>
                  ))}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      <dl className="quote">
        {hi && (
          <>
            <dt>
              {h('hiLine', { rank: hi.rank, months: hi.months })}
              <br />
              <span className="muted">{h('rankAuto', { rank: hi.rank, percent: hi.ladderPercent })}</span>
            </dt>
            <dd>{formatVnd(hi.amount)}</dd>
          </>
        )}
        <dt className="pays">{t('enrol.pays')}</dt>
        <dd className="pays">{q.invalid ? h('cannotCompute') : formatVnd(q.payable)}</dd>
      </dl>
    </div>
  )
}
