// Approve / return / reject the latest revision. A comment is required to return or reject (the collector
// must know what to fix). The buttons keep their names while sending so tests and screen readers find them.
import { useId, useRef, useState } from 'react'
import { useTranslation } from '../../i18n/use-translation.ts'
import type { ReviewDecision } from '../../../domain/index.ts'
import { ApiError } from '../../api/http.ts'
import { describeError } from './describe-error.ts'
import { postReview } from './review-api.ts'
import { REVIEW_NS } from './review-strings.ts'

export type DecisionOutcome = { kind: 'decided'; decision: ReviewDecision } | { kind: 'conflict' }

export function DecisionPanel({
  id,
  revision,
  onOutcome,
}: {
  id: string
  revision: number
  onOutcome: (outcome: DecisionOutcome) => void
}) {
  const { t } = useTranslation(REVIEW_NS)
  const commentId = useId()
  const hintId = useId()
  const errorId = useId()
  const textarea = useRef<HTMLTextAreaElement>(null)
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [sending, setSending] = useState(false)

  const decide = async (decision: ReviewDecision) => {
    const text = comment.trim()
    if (decision !== 'approve' && text.length === 0) {
      setError(decision === 'return' ? t('commentRequiredReturn') : t('commentRequiredReject'))
      textarea.current?.focus()
      return
    }
    setError(undefined)
    setSending(true)
    try {
      await postReview(id, { revision, decision, ...(text ? { comment: text } : {}) })
      setComment('')
      onOutcome({ kind: 'decided', decision })
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) onOutcome({ kind: 'conflict' })
      else if (e instanceof ApiError && e.status === 403 && /own/i.test(e.code))
        setError(t('ownRegistration'))
      else setError(describeError(t, e))
    } finally {
      setSending(false)
    }
  }

  return (
    <section className="decision" aria-labelledby={`${commentId}-title`}>
      <h2 id={`${commentId}-title`}>{t('decide')}</h2>
      <label htmlFor={commentId}>{t('comment')}</label>
      <textarea
        id={commentId}
        ref={textarea}
        rows={3}
        maxLength={1000}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? true : undefined}
      />
      <p id={hintId} className="hint">
        {t('commentHint')}
      </p>
      {error && (
        <p id={errorId} role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="decision-buttons">
        <button type="button" disabled={sending} onClick={() => void decide('approve')}>
          {t('approve')}
        </button>
        <button type="button" disabled={sending} onClick={() => void decide('return')}>
          {t('return')}
        </button>
        <button type="button" disabled={sending} onClick={() => void decide('reject')}>
          {t('reject')}
        </button>
      </div>
      {sending && <p aria-live="polite">{t('sending')}</p>}
    </section>
  )
}
