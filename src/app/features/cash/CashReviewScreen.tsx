// /cash/review — the supervisor's view of the team's handovers for an event: declared against what the
// server received (non-voided), differences flagged, and "Xác nhận" with the cash actually counted.
import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useState } from 'react'
import type { HandoverReviewRow } from '../../../domain/api/cash.ts'
import { formatDateTimeVi } from '../../../domain/format/format-date-vi.ts'
import { formatVnd, groupThousands } from '../../../domain/format/format-vnd.ts'
import { describeApiError } from '../../api/describe-api-error.ts'
import { db } from '../../db/db.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { useMarkReady } from '../../ui/use-mark-ready.ts'
import { confirmHandover, listHandovers } from './cash-api.ts'
import { CASH_NS } from './cash-strings.ts'
import './cash.css'
import { EventSelect } from '../../ui/EventSelect.tsx'
import { useSending } from '../../api/use-sending.ts'
import { useApiResource } from '../../api/use-api-resource.ts'
import { formatTypedAmount, typedAmountValue } from './format-typed-amount.ts'

export function CashReviewScreen({ eventId: chosen }: { eventId: string | undefined }) {
  const { t } = useTranslation(CASH_NS)
  const appT = useTranslation().t
  const events = useLiveQuery(() => db.events.toArray())
  const [picked, setPicked] = useState<string | undefined>(undefined)
  const eventId = picked ?? chosen ?? events?.[0]?.id
  const load = useCallback(
    () => (eventId === undefined ? Promise.resolve(undefined) : listHandovers(eventId)),
    [eventId],
  )
  const describe = useCallback((e: unknown) => describeApiError(appT, e, t('needNetwork')), [appT, t])
  const { data, error, loading, reload } = useApiResource(load, describe)
  const rows = data?.staff
  const collisions = data?.receiptCollisions ?? []
  useMarkReady(events !== undefined && (!loading || eventId === undefined))

  if (!events) return <main className="screen" aria-busy="true" />
  return (
    <main className="screen cash">
      <h1>{t('reviewTitle')}</h1>
      <div className="field">
        <label htmlFor="cash-event">{t('event')}</label>
        <EventSelect
          id="cash-event"
          events={events}
          value={eventId}
          onChange={(next) => next && setPicked(next)}
        />
      </div>
      {error && (
        <div className="notice error" role="alert">
          {error}{' '}
          <button type="button" className="link-button" onClick={reload}>
            {t('retry')}
          </button>
        </div>
      )}
      {collisions.length > 0 && (
        // Old data may hold one receipt number on several registrations: the money needs a look.
        <section className="notice warn" data-testid="receipt-collisions" aria-label={t('collisionsTitle')}>
          <strong>{t('collisionsTitle')}</strong>
          <ul>
            {collisions.map((c) => (
              <li key={c.receiptNo}>{t('collision', { receiptNo: c.receiptNo, total: c.total })}</li>
            ))}
          </ul>
        </section>
      )}
      {loading && rows === undefined && <p className="muted">{t('loading')}</p>}
      {rows?.length === 0 && <p className="muted">{t('empty')}</p>}
      <ul className="handover-list">
        {rows?.map((r) => (
          <li key={r.staffId} className="handover-item" data-testid="handover-row">
            <div className="handover-head">
              <strong>{r.displayName}</strong>
              <span
                className={`chip ${r.handover ? (r.flagged ? 'chip-returned' : 'chip-approved') : 'chip-waiting'}`}
              >
                {r.handover ? (r.flagged ? t('flagged') : t('ok')) : t('notDeclared')}
              </span>
            </div>
            <dl className="facts">
              <dt>{t('computed')}</dt>
              <dd data-testid="handover-computed">{formatVnd(r.computedVnd)}</dd>
              <dt>{t('declaredShort')}</dt>
              <dd data-testid="handover-declared">{r.handover ? formatVnd(r.handover.declaredVnd) : '—'}</dd>
              {r.differenceVnd !== null && r.differenceVnd !== 0 && (
                <>
                  <dt>{t('flagged')}</dt>
                  <dd data-testid="handover-difference">{formatVnd(r.differenceVnd)}</dd>
                </>
              )}
            </dl>
            <p className="muted">
              {t('receipts', { received: r.receivedReceipts, voided: r.voidedReceipts })}
            </p>
            {r.missingReceiptNos.length > 0 && (
              <p className="notice warn">{t('missing', { list: r.missingReceiptNos.join(', ') })}</p>
            )}
            {r.handover?.confirmedVnd !== undefined && r.handover.confirmedAt && (
              <p className="notice ok">
                {t('confirmedLine', {
                  amount: formatVnd(r.handover.confirmedVnd),
                  time: formatDateTimeVi(r.handover.confirmedAt),
                })}
              </p>
            )}
            {r.handover && (
              // The list is read again after a confirmation: every figure on it is the server's.
              <ConfirmForm row={r} onConfirmed={reload} />
            )}
          </li>
        ))}
      </ul>
    </main>
  )
}

function ConfirmForm({
  row,
  onConfirmed,
}: {
  row: HandoverReviewRow
  onConfirmed: (row: HandoverReviewRow) => void
}) {
  const { t } = useTranslation(CASH_NS)
  const appT = useTranslation().t
  const handover = row.handover
  const [amount, setAmount] = useState(groupThousands(handover?.confirmedVnd ?? handover?.declaredVnd ?? 0))
  const [comment, setComment] = useState(handover?.comment ?? '')
  const { busy, error, setError, send } = useSending((e) => describeApiError(appT, e, t('needNetwork')))
  if (!handover) return null
  const idPrefix = `confirm-${row.staffId}`

  const submit = async () => {
    const confirmedVnd = typedAmountValue(amount)
    if (confirmedVnd === undefined) {
      setError(t('badAmount'))
      return
    }
    const trimmed = comment.trim()
    await send(async () =>
      onConfirmed(
        await confirmHandover(handover.id, { confirmedVnd, ...(trimmed ? { comment: trimmed } : {}) }),
      ),
    )
  }

  return (
    <form
      className="confirm-form"
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
      noValidate
    >
      <div className="field">
        <label htmlFor={`${idPrefix}-amount`}>{t('confirmedVnd')}</label>
        <input
          id={`${idPrefix}-amount`}
          inputMode="numeric"
          className="money"
          value={amount}
          onChange={(e) => setAmount(formatTypedAmount(e.target.value))}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-comment`}>{t('comment')}</label>
        <input
          id={`${idPrefix}-comment`}
          value={comment}
          maxLength={500}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? t('confirming') : t('confirm')}
      </button>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
