// The duplicate flags of one registration (docs/api.md "Duplicate flags"), hard first, each linking to the
// other registration when the reviewer may open it.
import { Link } from 'wouter'
import { useTranslation } from '../../i18n/use-translation.ts'
import type { DuplicateFlag } from './review-api.ts'
import { REVIEW_NS } from './review-strings.ts'

export function FlagList({ flags }: { flags: readonly DuplicateFlag[] }) {
  const { t } = useTranslation(REVIEW_NS)
  if (flags.length === 0) return null
  return (
    <section className="flags" aria-label={t('flags')}>
      <h2>{t('flags')}</h2>
      <ul>
        {flags.map((f) => (
          <li
            key={
              f.otherVisible
                ? `${f.kind}-${f.otherId}-${f.participantIndex}-${f.otherParticipantIndex}`
                : `${f.kind}-hidden-${f.participantIndex}`
            }
            className={`flag flag-${f.severity}`}
            data-testid={`flag-${f.severity}`}
          >
            <span className={`chip chip-flag-${f.severity}`}>{t(`severity_${f.severity}`)}</span>{' '}
            {f.otherVisible ? (
              <>
                {t(`flag_${f.kind}`, {
                  n: f.participantIndex + 1,
                  m: f.otherParticipantIndex + 1,
                  status: t(`status_${f.otherStatus}`),
                })}{' '}
                <Link href={`/review/${f.otherId}`}>{t('flagOpenOther')}</Link>
              </>
            ) : (
              // Another team's record: that it exists, not its state or people.
              <>
                {t(`flagHidden_${f.kind}`, { n: f.participantIndex + 1 })} <em>{t('flagHidden')}</em>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
