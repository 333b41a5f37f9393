// One registration in the review queue: a checkbox to select it, the names (a link to the detail), who
// collected it where and when, the amount, its status and any duplicate flags.
import { Link } from 'wouter'
import { useTranslation } from '../../i18n/use-translation.ts'
import { formatVnd } from '../../../domain/format/format-vnd.ts'
import { formatInstant } from '../../ui/format-instant.ts'
import type { RegistrationSummary } from './review-api.ts'
import { REVIEW_NS } from './review-strings.ts'

export function QueueRow({
  item,
  eventName,
  selected,
  current,
  onToggle,
}: {
  item: RegistrationSummary
  eventName: string
  selected: boolean
  current: boolean
  onToggle: () => void
}) {
  const { t } = useTranslation(REVIEW_NS)
  const names = item.participants.map((p) => p.fullName).join(', ')
  const communes = [...new Set(item.participants.map((p) => p.commune))].join(', ')
  return (
    <div
      className={`queue-row${current ? ' current' : ''}${selected ? ' selected' : ''}`}
      data-testid="review-row"
    >
      <input
        type="checkbox"
        checked={selected}
        onChange={onToggle}
        aria-label={t('selectRow', { name: names })}
      />
      <div className="queue-row-main">
        <Link href={`/review/${item.id}`} className="queue-row-names">
          {names}
        </Link>
        <span className="queue-row-meta">
          {item.collector.displayName} · {communes} · {eventName} · {formatInstant(item.collectedAt)}
        </span>
      </div>
      <div className="queue-row-side">
        <span className="amount">{formatVnd(item.amountCollected)}</span>
        <span className={`chip chip-${item.review.status}`}>{t(`status_${item.review.status}`)}</span>
        {item.flagCounts.hard > 0 && <span className="chip chip-flag-hard">{t('flagHardChip')}</span>}
        {item.flagCounts.soft > 0 && <span className="chip chip-flag-soft">{t('flagSoftChip')}</span>}
      </div>
    </div>
  )
}
