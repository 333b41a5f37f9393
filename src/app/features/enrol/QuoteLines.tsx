// Gross, support and what the person pays, recomputed on every keystroke with the shared rules.
import { useTranslation } from '../../i18n/use-translation.ts'
import { formatVnd } from '../../../domain/format/format-vnd.ts'
import type { IsoDate } from '../../../domain/rules/dated.ts'
import type { RuleSet } from '../../../domain/rules/rule-set.ts'
import type { ParticipantFormValues } from './enrol-form-values.ts'
import { quoteParticipant } from './quote-participant.ts'

export function QuoteLines({
  participant,
  rules,
  on,
}: {
  participant: ParticipantFormValues
  rules: RuleSet
  on: IsoDate
}) {
  const { t } = useTranslation()
  const q = quoteParticipant(participant, rules, on)
  const vsi = q.vsi?.ok ? q.vsi.quote : undefined
  const hi = q.hi?.ok ? q.hi.quote : undefined
  if (!vsi && !hi) return null
  return (
    <dl className="quote" aria-live="polite">
      {vsi && (
        <>
          <dt>
            {t('enrol.vsi')} — {t('enrol.gross')}
          </dt>
          <dd>{formatVnd(vsi.gross)}</dd>
          <dt>{t('enrol.support')}</dt>
          <dd>− {formatVnd(vsi.stateSupport)}</dd>
        </>
      )}
      {hi && (
        <>
          <dt>{t('enrol.hi')}</dt>
          <dd>{formatVnd(hi.amount)}</dd>
        </>
      )}
      <dt className="pays">{t('enrol.pays')}</dt>
      <dd className="pays">{formatVnd(q.payable)}</dd>
    </dl>
  )
}
