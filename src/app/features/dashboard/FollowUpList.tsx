// The office's list of follow-ups due: people advised who agreed to be contacted again, on or before today,
// for the chosen event or all of them (GET /api/consultations/follow-ups). Names and phones are shown here
// only, never in a URL or a log.
import { useCallback } from 'react'
import type { FollowUp } from '../../../domain/api/consultations.ts'
import { formatDateVi } from '../../../domain/format/format-date-vi.ts'
import { describeApiError } from '../../api/describe-api-error.ts'
import { apiFetch } from '../../api/http.ts'
import { useApiResource } from '../../api/use-api-resource.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { TableScroll } from '../../ui/TableScroll.tsx'
import { DASHBOARD_NS } from './dashboard-strings.ts'

export function FollowUpList({ eventId, today }: { eventId: string | undefined; today: string }) {
  const { t } = useTranslation(DASHBOARD_NS)
  const appT = useTranslation().t
  const load = useCallback(() => {
    const query = new URLSearchParams({ dueBy: today })
    if (eventId) query.set('eventId', eventId)
    return apiFetch<{ followUps: FollowUp[] }>(`/api/consultations/follow-ups?${query.toString()}`)
  }, [eventId, today])
  const describe = useCallback((e: unknown) => describeApiError(appT, e, t('offline')), [appT, t])
  const { data, error } = useApiResource(load, describe)
  const rows = data?.followUps ?? []

  return (
    <section className="follow-up-list no-print" aria-labelledby="follow-up-list-title">
      <h2 id="follow-up-list-title">{t('followUps')}</h2>
      {error && <p className="notice error">{error}</p>}
      {data && rows.length === 0 && <p className="muted">{t('noFollowUps')}</p>}
      {rows.length > 0 && (
        <TableScroll label={t('followUps')}>
          <table className="tally-table" data-testid="follow-up-list">
            <thead>
              <tr>
                <th scope="col">{t('followUpOn')}</th>
                <th scope="col">{t('followUpPerson')}</th>
                <th scope="col">{t('followUpPhone')}</th>
                <th scope="col">{t('followUpTopics')}</th>
                <th scope="col">{t('followUpStaff')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((f) => (
                <tr key={f.id}>
                  <td>{formatDateVi(f.followUpOn)}</td>
                  <th scope="row">
                    {f.fullName}
                    {f.note && <small className="muted"> · {f.note}</small>}
                  </th>
                  <td>{f.phone ? <a href={`tel:${f.phone}`}>{f.phone}</a> : '—'}</td>
                  <td>{f.topics.map((topic) => t(`topic_${topic}`)).join(', ')}</td>
                  <td>{f.staffName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  )
}
