// Each member's amount and the household total, above the "paid" tick: one receipt covers the sitting.
import { formatVnd } from '../../../domain/format/format-vnd.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import type { ParticipantFormValues } from './enrol-form-values.ts'
import { HOUSEHOLD_NS } from './household-strings.ts'
import type { HouseholdFormQuote } from './quote-participant.ts'

export function HouseholdTotals({
  participants,
  quote,
}: {
  participants: readonly ParticipantFormValues[]
  quote: HouseholdFormQuote
}) {
  const { t } = useTranslation(HOUSEHOLD_NS)
  return (
    <dl className="household-totals" aria-label={t('members')} data-testid="household-totals">
      {participants.map((p, i) => (
        <div key={i} className="total-row">
          <dt>{t('memberLine', { n: i + 1, name: p.fullName.trim() || t('unnamed') })}</dt>
          <dd>
            {quote.members[i]?.invalid ? t('cannotCompute') : formatVnd(quote.members[i]?.payable ?? 0)}
          </dd>
        </div>
      ))}
    </dl>
  )
}
