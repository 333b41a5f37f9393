// The queue's filters: search (name without diacritics or ID number, sent in a POST body), event, collector,
// commune, status and duplicate flags. Typing is debounced; choosing from a list applies at once.
import { useEffect, useId, useState, type Ref } from 'react'
import { useTranslation } from '../../i18n/use-translation.ts'
import { flagFilters } from '../../../domain/api/review.ts'
import { reviewStatuses as statuses } from '../../../domain/api/sync.ts'
import type { ReviewFilter, StaffMember } from './review-api.ts'
import { REVIEW_NS } from './review-strings.ts'
import { EventSelect } from '../../ui/EventSelect.tsx'

const TYPING_DELAY_MS = 350

export function ReviewFilters({
  filter,
  onChange,
  events,
  staff,
  searchRef,
}: {
  filter: ReviewFilter
  onChange: (filter: ReviewFilter) => void
  events: ReadonlyMap<string, string>
  staff: readonly StaffMember[]
  searchRef: Ref<HTMLInputElement>
}) {
  const { t } = useTranslation(REVIEW_NS)
  const id = useId()
  const [q, setQ] = useState(filter.q ?? '')
  const [commune, setCommune] = useState(filter.commune ?? '')
  const tooShort = q.trim().length === 1
  const [initiallyOpen] = useState(() => window.matchMedia('(min-width: 900px)').matches)
  const activeCount = (['eventId', 'ownerId', 'commune', 'flagged'] as const).filter((k) => filter[k]).length

  // Typed text reaches the filter after a pause; one character is not a search (the server wants two).
  useEffect(() => {
    const text = q.trim().length >= 2 ? q.trim() : undefined
    const place = commune.trim() || undefined
    if (text === filter.q && place === filter.commune) return undefined
    const timer = setTimeout(() => onChange({ ...filter, q: text, commune: place }), TYPING_DELAY_MS)
    return () => clearTimeout(timer)
  }, [q, commune, filter, onChange])

  const set = <K extends keyof ReviewFilter>(key: K, value: string) =>
    onChange({ ...filter, [key]: value === '' ? undefined : value })

  return (
    <section className="review-filters no-print" aria-label={t('filters')}>
      <div className="field search-field">
        <label htmlFor={`${id}-q`}>{t('searchLabel')}</label>
        <input
          id={`${id}-q`}
          ref={searchRef}
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('searchPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          aria-describedby={`${id}-q-hint`}
        />
        <p id={`${id}-q-hint`} className="hint">
          {tooShort ? t('searchTooShort') : t('searchHint')}
        </p>
      </div>
      {/* Open on a laptop; on a phone the list comes first and the filters fold away. */}
      <details className="filter-details" open={initiallyOpen}>
        <summary>{t('moreFilters', { n: activeCount })}</summary>
        <div className="filter-grid">
          <div className="field-box">
            <label htmlFor={`${id}-f1`}>{t('event')}</label>
            <EventSelect
              id={`${id}-f1`}
              events={[...events].map(([eventId, name]) => ({ id: eventId, name }))}
              value={filter.eventId}
              onChange={(eventId) => set('eventId', eventId ?? '')}
              anyLabel={t('anyEvent')}
            />
          </div>
          <div className="field-box">
            <label htmlFor={`${id}-f2`}>{t('filterStaff')}</label>
            <select
              id={`${id}-f2`}
              value={filter.ownerId ?? ''}
              onChange={(e) => set('ownerId', e.target.value)}
            >
              <option value="">{t('anyStaff')}</option>
              {staff.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.displayName} ({s.username})
                </option>
              ))}
            </select>
          </div>
          <div className="field-box">
            <label htmlFor={`${id}-f3`}>{t('filterCommune')}</label>
            <input
              id={`${id}-f3`}
              value={commune}
              onChange={(e) => setCommune(e.target.value)}
              autoComplete="off"
            />
          </div>
          <div className="field-box">
            <label htmlFor={`${id}-f4`}>{t('statusFilter')}</label>
            <select
              id={`${id}-f4`}
              value={filter.status ?? ''}
              onChange={(e) => set('status', e.target.value)}
            >
              {statuses.map((s) => (
                <option key={s} value={s}>
                  {t(`status_${s}`)}
                </option>
              ))}
              <option value="">{t('status_all')}</option>
            </select>
          </div>
          <div className="field-box">
            <label htmlFor={`${id}-f5`}>{t('filterFlagged')}</label>
            <select
              id={`${id}-f5`}
              value={filter.flagged ?? ''}
              onChange={(e) => set('flagged', e.target.value)}
            >
              <option value="">{t('flagged_all')}</option>
              {flagFilters.map((f) => (
                <option key={f} value={f}>
                  {t(`flagged_${f}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setQ('')
            setCommune('')
            onChange({ status: 'pending' })
          }}
        >
          {t('clearFilters')}
        </button>
      </details>
    </section>
  )
}
