// Supervisor's list of registrations to review (online). Newest first, filtered by review status,
// 50 at a time with "Xem thêm".
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from '../../i18n/use-translation.ts'
import { Link } from 'wouter'
import type { ReviewStatus, reviewStatuses } from '../../../domain/index.ts'
import { formatVnd } from '../../ui/format-vnd.ts'
import { describeError } from './describe-error.ts'
import { listRegistrations, type RegistrationSummary } from './review-api.ts'
import { formatInstant } from './format-instant.ts'
import { REVIEW_NS } from './review-strings.ts'
import { useEventNames } from './use-event-names.ts'

type Filter = ReviewStatus | 'all'
// The domain's list, restated so the device never loads protocol.ts (classic zod); tsc checks they match.
const statuses: typeof reviewStatuses = ['pending', 'approved', 'returned', 'rejected']

export function ReviewListScreen() {
  const { t } = useTranslation(REVIEW_NS)
  const [filter, setFilter] = useState<Filter>('pending')
  const [items, setItems] = useState<RegistrationSummary[]>([])
  const [cursor, setCursor] = useState<string | undefined>()
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<string | undefined>()
  const eventNames = useEventNames()

  const load = useCallback(
    async (status: Filter, after: string | undefined, isCurrent: () => boolean = () => true) => {
      setLoading(true)
      setError(undefined)
      try {
        const page = await listRegistrations({ status: status === 'all' ? undefined : status, cursor: after })
        if (!isCurrent()) return
        setItems((prev) => (after ? [...prev, ...page.items] : page.items))
        setCursor(page.cursor)
      } catch (e) {
        if (isCurrent()) setError(describeError(t, e))
      } finally {
        if (isCurrent()) setLoading(false)
      }
    },
    [t],
  )

  useEffect(() => {
    let current = true
    void load(filter, undefined, () => current)
    return () => {
      current = false
    }
  }, [filter, load])

  return (
    <main className="screen review-list">
      <h1>{t('listTitle')}</h1>
      <label>
        {t('statusFilter')}{' '}
        <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`status_${s}`)}
            </option>
          ))}
          <option value="all">{t('status_all')}</option>
        </select>
      </label>

      {error && (
        <p role="alert">
          {error}{' '}
          <button type="button" onClick={() => void load(filter, undefined)}>
            {t('retry')}
          </button>
        </p>
      )}

      {items.length === 0 && !loading && !error && <p>{t('empty')}</p>}

      {items.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('participants')}</th>
              <th scope="col">{t('collector')}</th>
              <th scope="col">{t('event')}</th>
              <th scope="col">{t('amount')}</th>
              <th scope="col">{t('collectedAt')}</th>
              <th scope="col">{t('statusFilter')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td>
                  <Link href={`/review/${item.id}`}>
                    {item.registration.participants.map((p) => p.fullName).join(', ')}
                  </Link>
                </td>
                <td>{item.collector.displayName}</td>
                <td>{eventNames.get(item.eventId) ?? item.eventId}</td>
                <td className="amount">{formatVnd(item.amountCollected)}</td>
                <td>{formatInstant(item.collectedAt)}</td>
                <td>{t(`status_${item.review.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {loading && <p aria-live="polite">{t('loading')}</p>}
      {cursor && !loading && (
        <button type="button" onClick={() => void load(filter, cursor)}>
          {t('loadMore')}
        </button>
      )}
    </main>
  )
}
