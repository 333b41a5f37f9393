// A household member already filled in, folded to one line while the next one is typed: the name, what
// they join, their place on the household ladder and the amount. One tap opens the member again. The
// fields stay in the form (react-hook-form keeps their values), so nothing is lost by folding.
import { useFormContext, useWatch } from 'react-hook-form'
import { formatVnd } from '../../../domain/format/format-vnd.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import type { EnrolFormValues, ParticipantFormValues } from './enrol-form-values.ts'
import { HOUSEHOLD_NS } from './household-strings.ts'
import type { ParticipantQuote } from './quote-participant.ts'

export function MemberLine({
  index,
  quote,
  onOpen,
}: {
  index: number
  quote: ParticipantQuote | undefined
  onOpen: () => void
}) {
  const { t } = useTranslation()
  const h = useTranslation(HOUSEHOLD_NS).t
  const { control } = useFormContext<EnrolFormValues>()
  const p = useWatch({ control, name: `participants.${index}` }) as ParticipantFormValues
  const products = [
    p.vsiOn ? t('enrol.vsi') : undefined,
    p.hiOn ? t('enrol.hi') : undefined,
    p.vssidAssisted || p.cashlessPension ? t('enrol.services') : undefined,
  ].filter((x) => x !== undefined)
  const hi = quote?.hi?.ok ? quote.hi.quote : undefined
  return (
    <section className="person member-line" aria-labelledby={`p${index}-heading`}>
      <div className="person-head">
        <h2 id={`p${index}-heading`}>{t('enrol.person', { n: index + 1 })}</h2>
        <button type="button" className="link-button" onClick={onOpen}>
          {h('memberOpen')}
        </button>
      </div>
      <p>
        <strong>{p.fullName || '—'}</strong> · {products.join(', ') || '—'} ·{' '}
        <span className="amount">{formatVnd(quote?.payable ?? 0)}</span>
      </p>
      {hi && <p className="muted">{h('rankAuto', { rank: hi.rank, percent: hi.ladderPercent })}</p>}
    </section>
  )
}
