// One registration for the supervisor: every participant field, the quotes, the payment, flags such as a
// possible duplicate, the review and revision history, and the decision buttons while it is pending.
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from '../../i18n/use-translation.ts'
import { Link } from 'wouter'
import { formatVnd } from '../../ui/format-vnd.ts'
import { DecisionPanel, type DecisionOutcome } from './DecisionPanel.tsx'
import { describeError } from './describe-error.ts'
import { formatInstant } from './format-instant.ts'
import { ParticipantDetails } from './ParticipantDetails.tsx'
import { getRegistration, type RegistrationDetail } from './review-api.ts'
import { REVIEW_NS } from './review-strings.ts'
import { useEventNames } from './use-event-names.ts'

export function ReviewDetailScreen({ id }: { id: string }) {
  const { t } = useTranslation(REVIEW_NS)
  const [detail, setDetail] = useState<RegistrationDetail | undefined>()
  const [error, setError] = useState<string | undefined>()
  const [notice, setNotice] = useState<string | undefined>()
  const eventNames = useEventNames()

  const load = useCallback(
    async (isCurrent: () => boolean = () => true) => {
      setError(undefined)
      try {
        const answer = await getRegistration(id)
        if (isCurrent()) setDetail(answer)
      } catch (e) {
        if (isCurrent()) setError(describeError(t, e))
      }
    },
    [id, t],
  )

  useEffect(() => {
    let current = true
    void load(() => current)
    return () => {
      current = false
    }
  }, [load])

  const onOutcome = (outcome: DecisionOutcome) => {
    setNotice(outcome.kind === 'conflict' ? t('conflict') : t(`decided_${outcome.decision}`))
    void load()
  }

  const back = (
    <p>
      <Link href="/review">{t('back')}</Link>
    </p>
  )
  if (!detail) {
    return (
      <main className="screen review-detail">
        {back}
        {error ? (
          <p role="alert">
            {error}{' '}
            <button type="button" onClick={() => void load()}>
              {t('retry')}
            </button>
          </p>
        ) : (
          <p aria-live="polite">{t('loading')}</p>
        )}
      </main>
    )
  }

  const r = detail.registration
  const hiddenDuplicates = detail.flags.possibleDuplicate && detail.flags.duplicates.length === 0
  return (
    <main className="screen review-detail">
      {back}
      <h1>
        {t('detailTitle')} — {t(`status_${detail.review.status}`)}
      </h1>
      {notice && <p role="status">{notice}</p>}
      {error && <p role="alert">{error}</p>}
      <dl>
        <div className="row">
          <dt>{t('collector')}</dt>
          <dd>{detail.collector.displayName}</dd>
        </div>
        <div className="row">
          <dt>{t('event')}</dt>
          <dd>{eventNames.get(detail.eventId) ?? detail.eventId}</dd>
        </div>
        <div className="row">
          <dt>{t('collectedAt')}</dt>
          <dd>{formatInstant(r.collectedAt)}</dd>
        </div>
        <div className="row">
          <dt>{t('statusFilter')}</dt>
          <dd>
            {t(`status_${detail.review.status}`)} · {t('revision', { revision: detail.revision })}
          </dd>
        </div>
      </dl>

      {detail.flags.possibleDuplicate && (
        <ul className="flags" aria-label={t('flags')}>
          {detail.flags.duplicates.map((d) => (
            <li key={`${d.participantIndex}-${d.registrationId}`}>
              <Link href={`/review/${d.registrationId}`}>
                {t('duplicateFlag', { n: d.participantIndex + 1 })}
              </Link>
            </li>
          ))}
          {hiddenDuplicates && <li>{t('duplicateFlagHidden')}</li>}
        </ul>
      )}

      <h2>{t('participants')}</h2>
      {r.participants.map((p, i) => (
        <ParticipantDetails key={i} participant={p} index={i} />
      ))}

      <h2>{t('payment')}</h2>
      {r.payment ? (
        <dl>
          <div className="row">
            <dt>{t('amount')}</dt>
            <dd>
              {formatVnd(r.payment.amountCollected)} ({t('cash')})
            </dd>
          </div>
          <div className="row">
            <dt>{t('receiptNo')}</dt>
            <dd>{r.payment.receiptNo}</dd>
          </div>
        </dl>
      ) : (
        <p>{t('paymentNone')}</p>
      )}
      {r.note && (
        <>
          <h2>{t('note')}</h2>
          <p className="note">{r.note}</p>
        </>
      )}

      <h2>{t('history')}</h2>
      {detail.reviews.length === 0 ? (
        <p>{t('noHistory')}</p>
      ) : (
        <ol className="history">
          {detail.reviews.map((v, i) => (
            <li key={i}>
              {t('decidedLine', {
                when: formatInstant(v.decidedAt),
                who: v.decidedBy,
                decision: t(`decision_${v.decision}`),
                revision: v.revision,
              })}
              {v.comment && (
                <>
                  {' '}
                  — <q>{v.comment}</q>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {detail.revisions.length > 1 && (
        <>
          <h2>{t('revisions')}</h2>
          <ol className="revisions">
            {detail.revisions.map((v) => (
              <li key={v.revision}>
                {t('receivedLine', { revision: v.revision, when: formatInstant(v.receivedAt) })}
              </li>
            ))}
          </ol>
        </>
      )}

      {detail.review.status === 'pending' ? (
        <DecisionPanel
          key={detail.revision}
          id={detail.id}
          revision={detail.revision}
          onOutcome={onOutcome}
        />
      ) : (
        <p>{t('notPending', { status: t(`status_${detail.review.status}`) })}</p>
      )}
    </main>
  )
}
