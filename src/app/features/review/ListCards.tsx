// What the office's participant list says of this registration's household HI participants: each card the
// agency holds, and a warning when it already covers the period paid (charged twice unless the note says why).
import { formatDateVi } from '../../../domain/format/format-date-vi.ts'
import type { RegistrationDetail } from '../../../domain/api/review.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { REVIEW_NS } from './review-strings.ts'

export function ListCards({ cards }: { cards: RegistrationDetail['listCards'] }) {
  const { t } = useTranslation(REVIEW_NS)
  if (!cards || cards.length === 0) return null
  return (
    <section className="flags" aria-label={t('listCards')} data-testid="list-cards">
      <h2>{t('listCards')}</h2>
      <ul>
        {cards.map((c) => (
          <li key={c.participantIndex} className={`flag ${c.covers ? 'flag-hard' : 'flag-soft'}`}>
            {t(c.covers ? 'listCardCovers' : 'listCard', {
              n: c.participantIndex + 1,
              date: formatDateVi(c.hiTo),
            })}
          </li>
        ))}
      </ul>
    </section>
  )
}
