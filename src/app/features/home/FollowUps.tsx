// The follow-ups due on the collector's home screen: people advised who asked to be contacted again, on or
// after the promised day. A tap calls them; "Ghi danh" opens the enrol form with what was recorded.
import { useLiveQuery } from 'dexie-react-hooks'
import { useLocation } from 'wouter'
import { formatDateVi } from '../../../domain/format/format-date-vi.ts'
import { vietnamDate } from '../../../domain/registration/local-date.ts'
import { followUpsDue, markFollowUpDone } from '../../db/consultations-repo.ts'
import { db } from '../../db/db.ts'
import { deleteDraft, enrolDraftKey } from '../../db/drafts.ts'
import { useTranslation } from '../../i18n/use-translation.ts'

export function FollowUps() {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const today = vietnamDate(new Date().toISOString())
  const due = useLiveQuery(() => followUpsDue(today), [today])
  if (!due || due.length === 0) return null

  const enrol = async (id: string) => {
    if ((await db.drafts.get(enrolDraftKey())) !== undefined) {
      if (!window.confirm(t('home.draftExists'))) return
      await deleteDraft(enrolDraftKey())
    }
    await markFollowUpDone(id)
    navigate(`/enrol?from=${encodeURIComponent(id)}`)
  }

  return (
    <section className="follow-ups" aria-labelledby="follow-ups-title" data-testid="follow-ups">
      <h2 id="follow-ups-title">{t('home.followUps')}</h2>
      <ul>
        {due.map(({ id, record }) => (
          <li key={id} className="follow-up" data-testid="follow-up">
            <strong>{record.person?.fullName}</strong>
            <small>
              {t('home.followUpDue', { date: formatDateVi(record.followUpOn ?? '') })} ·{' '}
              {record.topics.map((topic) => t(`home.topic_${topic}`)).join(', ')}
            </small>
            {record.note && <small>{record.note}</small>}
            <div className="follow-up-actions">
              {record.person?.phone && (
                <a className="button secondary" href={`tel:${record.person.phone}`}>
                  {t('home.call', { phone: record.person.phone })}
                </a>
              )}
              <button type="button" className="button primary" onClick={() => void enrol(id)}>
                {t('home.enrolFollowUp')}
              </button>
              <button type="button" className="link-button" onClick={() => void markFollowUpDone(id)}>
                {t('home.followUpDone')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
