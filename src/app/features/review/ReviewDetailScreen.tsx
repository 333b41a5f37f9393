// One registration for the supervisor: every participant field, the quotes, the payment, its duplicate
// flags (linking to the other registration), its revisions side by side, the review decisions and the audit
// log, and the decision panel while it is pending.
import { useCallback, useState } from 'react'
import { useTranslation } from '../../i18n/use-translation.ts'
import { Link } from 'wouter'
import { formatVnd } from '../../../domain/format/format-vnd.ts'
import { checkRegistration } from '../../../domain/registration/check-registration.ts'
import { defaultRules } from '../../../domain/rules/default-rules.ts'
import { AuditHistory } from './AuditHistory.tsx'
import { DecisionPanel, type DecisionOutcome } from './DecisionPanel.tsx'
import { describeApiError } from '../../api/describe-api-error.ts'
import { useApiResource } from '../../api/use-api-resource.ts'
import { FlagList } from './FlagList.tsx'
import { ListCards } from './ListCards.tsx'
import { formatInstant } from '../../ui/format-instant.ts'
import { ParticipantDetails } from './ParticipantDetails.tsx'
import { getRegistration } from './review-api.ts'
import { RevisionDiff } from './RevisionDiff.tsx'
import { REVIEW_NS } from './review-strings.ts'
import { SupervisorTabs } from './SupervisorTabs.tsx'
import { useEventNames } from './use-event-names.ts'

export function ReviewDetailScreen({ id }: { id: string }) {
  const { t } = useTranslation(REVIEW_NS)
  const appT = useTranslation().t
  const [notice, setNotice] = useState<string | undefined>()
  const eventNames = useEventNames()
  const fetchDetail = useCallback(() => getRegistration(id), [id])
  const describe = useCallback((e: unknown) => describeApiError(appT, e, t('offline')), [appT, t])
  const { data: detail, error, reload: load } = useApiResource(fetchDetail, describe)

  const onOutcome = (outcome: DecisionOutcome) => {
    setNotice(
      outcome.kind === 'conflict'
        ? t('conflict')
        : outcome.override
          ? t('decided_override')
          : t(`decided_${outcome.decision}`),
    )
    load()
  }

  const back = (
    <p className="no-print">
      <Link href="/review">{t('back')}</Link>
    </p>
  )
  if (!detail) {
    return (
      <main className="screen review-detail">
        <SupervisorTabs />
        {back}
        {error ? (
          <p role="alert">
            {error}{' '}
            <button type="button" onClick={load}>
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
  // The rulebook's warnings (unknown phone prefix, ID digits against the birth year…) were saved with the
  // registration for the supervisor to weigh (src/domain/README.md): recomputed here, per person.
  const warnings: string[][] = r.participants.map(() => [])
  for (const w of checkRegistration(r, defaultRules).warnings) {
    const m = /^participants\.(\d+)\./.exec(w.path)
    if (m) warnings[Number(m[1])]?.push(w.message)
  }
  const hardFlags = detail.flags.filter((f) => f.severity === 'hard').length
  return (
    <main className="screen review-detail wide">
      <SupervisorTabs />
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

      <FlagList flags={detail.flags} />
      <ListCards cards={detail.listCards} />
      {r.void && (
        <p className="flag hard" role="note">
          {t('voided', { reason: r.void.reason })}
        </p>
      )}

      <h2>{t('participants')}</h2>
      {r.participants.map((p, i) => (
        <ParticipantDetails key={i} participant={p} index={i} warnings={warnings[i]} />
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
                who: v.decidedByName ?? v.decidedBy,
                decision: t(`decision_${v.decision}`),
                revision: v.revision,
              })}
              {v.comment && (
                <>
                  {' '}
                  — <q>{v.comment}</q>
                </>
              )}
              {v.override && <div className="muted">{t('overrideLine', { reason: v.override.reason })}</div>}
            </li>
          ))}
        </ol>
      )}
      {detail.revisions.length > 1 && <RevisionDiff revisions={detail.revisions} />}
      <AuditHistory entries={detail.history} />

      {detail.review.status === 'pending' ? (
        <DecisionPanel
          key={`${detail.id}-${detail.revision}`}
          id={detail.id}
          revision={detail.revision}
          hardFlags={hardFlags}
          onOutcome={onOutcome}
        />
      ) : (
        <p>{t('notPending', { status: t(`status_${detail.review.status}`) })}</p>
      )}
    </main>
  )
}
