// Bulk review of the selected registrations (POST /api/registrations/review-batch): approve, or return
// with one comment. Each registration is decided on its own; the answer lists one result per item, and a
// hard-flagged one is refused here (it needs its own override reason, on its own page).
import { useId, useState, type Ref } from 'react'
import { Link } from 'wouter'
import { useTranslation } from '../../i18n/use-translation.ts'
import type { ReviewDecision } from '../../../domain/api/sync.ts'
import { describeApiError } from '../../api/describe-api-error.ts'
import { reviewBatch, type BatchAnswer, type RegistrationSummary } from './review-api.ts'
import { REVIEW_NS } from './review-strings.ts'

const KNOWN_ERRORS = new Set([
  'override_required',
  'own_registration',
  'stale_revision',
  'not_pending',
  'not_found',
])

export function BulkBar({
  selected,
  onDecided,
  onClear,
  commentRef,
}: {
  selected: readonly RegistrationSummary[]
  onDecided: (answer: BatchAnswer, decision: ReviewDecision) => void
  onClear: () => void
  commentRef: Ref<HTMLTextAreaElement>
}) {
  const { t } = useTranslation(REVIEW_NS)
  const appT = useTranslation().t
  const id = useId()
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [sending, setSending] = useState(false)

  const decide = async (decision: ReviewDecision) => {
    const text = comment.trim()
    if (decision !== 'approve' && !text) {
      setError(t('bulkCommentRequired'))
      if (commentRef && 'current' in commentRef) commentRef.current?.focus()
      return
    }
    setError(undefined)
    setSending(true)
    try {
      const answer = await reviewBatch({
        items: selected.map((s) => ({ id: s.id, revision: s.revision })),
        decision,
        ...(text && decision !== 'approve' ? { comment: text } : {}),
      })
      if (decision !== 'approve') setComment('')
      onDecided(answer, decision)
    } catch (e) {
      setError(describeApiError(appT, e, t('offline')))
    } finally {
      setSending(false)
    }
  }

  if (selected.length === 0) {
    return (
      <p className="bulk-bar empty no-print" role="status">
        {t('selectHint')}
      </p>
    )
  }
  return (
    <section className="bulk-bar no-print" aria-label={t('selectedCount', { n: selected.length })}>
      <p className="bulk-count" role="status">
        {t('selectedCount', { n: selected.length })}{' '}
        <button type="button" className="link-button" onClick={onClear}>
          {t('clearSelection')}
        </button>
      </p>
      <div className="bulk-controls">
        <div className="bulk-comment">
          <label htmlFor={`${id}-comment`}>{t('bulkComment')}</label>
          <textarea
            id={`${id}-comment`}
            ref={commentRef}
            rows={1}
            maxLength={1000}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <div className="decision-buttons">
          <button
            type="button"
            className="button small primary"
            disabled={sending}
            onClick={() => void decide('approve')}
          >
            {t('bulkApprove')} ({selected.length})
          </button>
          <button
            type="button"
            className="button small secondary"
            disabled={sending}
            onClick={() => void decide('return')}
          >
            {t('bulkReturn')} ({selected.length})
          </button>
        </div>
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {sending && <p aria-live="polite">{t('sending')}</p>}
    </section>
  )
}

/** One line per registration of the last batch, the failures linking to the registration. */
export function BatchResults({
  answer,
  names,
  decision,
}: {
  answer: BatchAnswer
  names: ReadonlyMap<string, string>
  decision: ReviewDecision
}) {
  const { t } = useTranslation(REVIEW_NS)
  return (
    <section className="batch-results" aria-labelledby="batch-results-title" data-testid="batch-results">
      <h2 id="batch-results-title">{t('batchTitle')}</h2>
      <p role="status">{t('batchSummary', answer.summary)}</p>
      <ul>
        {answer.results.map((r) => (
          <li key={r.id} className={'error' in r ? 'failed' : 'ok'}>
            <Link href={`/review/${r.id}`}>{names.get(r.id) ?? r.id}</Link>
            {': '}
            {'error' in r
              ? KNOWN_ERRORS.has(r.error.code)
                ? t(`err_${r.error.code}`)
                : t('err_other', { message: r.error.message })
              : t('batchItemOk', { decision: t(`decision_${decision}`) })}
          </li>
        ))}
      </ul>
    </section>
  )
}
