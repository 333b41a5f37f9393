// Approve / return / reject the latest revision. A comment is required to return or reject (the collector
// must know what to fix); approving over a hard duplicate flag needs a stated reason (override). The buttons
// keep their names while sending so tests and screen readers find them. Laptop keys: a approve, r return.
import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from '../../i18n/use-translation.ts'
import type { ReviewDecision } from '../../../domain/index.ts'
import { ApiError } from '../../api/http.ts'
import { describeApiError } from '../../api/describe-api-error.ts'
import { commandForKey } from './queue-keys.ts'
import { postReview } from './review-api.ts'
import { REVIEW_NS } from './review-strings.ts'

export type DecisionOutcome =
  { kind: 'decided'; decision: ReviewDecision; override: boolean } | { kind: 'conflict' }

const OVERRIDE_MIN = 5

export function DecisionPanel({
  id,
  revision,
  hardFlags,
  onOutcome,
}: {
  id: string
  revision: number
  /** Hard duplicate flags: approving then needs an override reason. */
  hardFlags: number
  onOutcome: (outcome: DecisionOutcome) => void
}) {
  const { t } = useTranslation(REVIEW_NS)
  const appT = useTranslation().t
  const commentId = useId()
  const hintId = useId()
  const errorId = useId()
  const overrideId = useId()
  const textarea = useRef<HTMLTextAreaElement>(null)
  const overrideField = useRef<HTMLTextAreaElement>(null)
  const [comment, setComment] = useState('')
  const [reason, setReason] = useState('')
  const [needsOverride, setNeedsOverride] = useState(hardFlags > 0)
  const [error, setError] = useState<string | undefined>()
  const [sending, setSending] = useState(false)
  // A rejection is final (the collector refunds and voids the receipt): it takes a second, deliberate tap.
  const [confirmingReject, setConfirmingReject] = useState(false)

  const decide = async (decision: ReviewDecision, confirmed = false) => {
    const text = comment.trim()
    if (decision !== 'approve' && text.length === 0) {
      setError(decision === 'return' ? t('commentRequiredReturn') : t('commentRequiredReject'))
      textarea.current?.focus()
      return
    }
    if (decision === 'reject' && !confirmed) {
      setError(undefined)
      setConfirmingReject(true)
      return
    }
    setConfirmingReject(false)
    const why = reason.trim()
    const override = decision === 'approve' && needsOverride
    if (override && why.length < OVERRIDE_MIN) {
      setError(t('overrideRequired'))
      overrideField.current?.focus()
      return
    }
    setError(undefined)
    setSending(true)
    try {
      await postReview(id, {
        revision,
        decision,
        ...(text ? { comment: text } : {}),
        ...(override ? { override: { reason: why } } : {}),
      })
      setComment('')
      onOutcome({ kind: 'decided', decision, override })
    } catch (e) {
      if (e instanceof ApiError && e.code === 'override_required') {
        // A flag appeared since the page loaded (another phone pushed the same ID number).
        setNeedsOverride(true)
        setError(t('overrideRequired'))
      } else if (e instanceof ApiError && e.status === 409) onOutcome({ kind: 'conflict' })
      else if (e instanceof ApiError && e.status === 403 && /own/i.test(e.code))
        setError(t('ownRegistration'))
      else setError(describeApiError(appT, e, t('offline')))
    } finally {
      setSending(false)
    }
  }

  const decideRef = useRef(decide)
  decideRef.current = decide
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return
      const command = commandForKey({
        key: e.key,
        ctrlKey: e.ctrlKey,
        metaKey: e.metaKey,
        altKey: e.altKey,
        target: e.target instanceof HTMLElement ? e.target : null,
      })
      if (command === 'approve') {
        e.preventDefault()
        void decideRef.current('approve')
      } else if (command === 'return') {
        e.preventDefault()
        textarea.current?.focus()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

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
      {needsOverride && (
        <div className="override">
          <label htmlFor={overrideId}>{t('overrideLabel')}</label>
          <textarea
            id={overrideId}
            ref={overrideField}
            rows={2}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            aria-describedby={`${overrideId}-hint`}
          />
          <p id={`${overrideId}-hint`} className="hint">
            {t('overrideHint')}
          </p>
        </div>
      )}
      {error && (
        <p id={errorId} role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="decision-buttons">
        <button
          type="button"
          className="button small primary"
          disabled={sending}
          onClick={() => void decide('approve')}
        >
          {t('approve')}
        </button>
        <button
          type="button"
          className="button small secondary"
          disabled={sending}
          onClick={() => void decide('return')}
        >
          {t('return')}
        </button>
        <button
          type="button"
          className="button small danger"
          disabled={sending}
          onClick={() => void decide('reject')}
        >
          {t('reject')}
        </button>
      </div>
      {confirmingReject && (
        <div className="confirm-reject" role="alertdialog" aria-labelledby={`${commentId}-confirm`}>
          <p id={`${commentId}-confirm`}>{t('rejectConfirm')}</p>
          <div className="decision-buttons">
            <button
              type="button"
              className="button small danger"
              disabled={sending}
              onClick={() => void decide('reject', true)}
            >
              {t('rejectConfirmYes')}
            </button>
            <button
              type="button"
              className="button small secondary"
              onClick={() => setConfirmingReject(false)}
            >
              {t('rejectConfirmNo')}
            </button>
          </div>
        </div>
      )}
      {sending && <p aria-live="polite">{t('sending')}</p>}
    </section>
  )
}
