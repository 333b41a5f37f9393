// /cash — the collector's end-of-event cash summary, from this device's receipts:
// issued, voided with reasons, totals by product and the cash to hand over; then "Gửi bàn giao".
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { Link } from 'wouter'
import type { HandoverReviewRow } from '../../../domain/api/cash.ts'
import { formatVnd } from '../../../domain/format/format-vnd.ts'
import { describeApiError } from '../../api/describe-api-error.ts'
import { db } from '../../db/db.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { useMarkReady } from '../../ui/use-mark-ready.ts'
import { postHandover } from './cash-api.ts'
import { CASH_NS } from './cash-strings.ts'
import { eventReceiptNos, useEventCashFigures } from './event-registrations.ts'
import { formatTypedAmount, typedAmountValue } from './format-typed-amount.ts'
import { useSending } from '../../api/use-sending.ts'
import './cash.css'
import { EventSelect } from '../../ui/EventSelect.tsx'

export function CashScreen({
  eventId: chosen,
  canReview = false,
}: {
  eventId: string | undefined
  canReview?: boolean
}) {
  const { t } = useTranslation(CASH_NS)
  const events = useLiveQuery(() => db.events.toArray())
  const [picked, setPicked] = useState<string | undefined>(undefined)
  const eventId = picked ?? chosen ?? events?.[0]?.id
  const summary = useEventCashFigures(eventId)
  useMarkReady(events !== undefined && summary !== undefined)

  if (!events || !summary) return <main className="screen" aria-busy="true" />
  const voidedVnd = formatVnd(summary.voided.amountVnd)
  return (
    <main className="screen cash">
      <h1>{t('title')}</h1>
      {canReview && (
        <Link href="/cash/review" className="button secondary">
          {t('review')}
        </Link>
      )}
      {events.length === 0 ? (
        <p className="notice">{t('noEvent')}</p>
      ) : (
        <div className="field">
          <label htmlFor="cash-event">{t('event')}</label>
          <EventSelect
            id="cash-event"
            events={events}
            value={eventId}
            onChange={(next) => next && setPicked(next)}
          />
        </div>
      )}

      <dl className="facts" data-testid="cash-summary">
        <dt>{t('issued')}</dt>
        <dd data-testid="cash-issued">{t('issuedCount', { count: summary.issued.count })}</dd>
        <dt>{t('voided')}</dt>
        <dd data-testid="cash-voided">
          {t('voidedCount', { count: summary.voided.count, amount: voidedVnd })}
        </dd>
        {summary.withoutReceipt > 0 && (
          <>
            <dt>{t('withoutReceipt')}</dt>
            <dd>{summary.withoutReceipt}</dd>
          </>
        )}
        <dt>{t('vsi')}</dt>
        <dd data-testid="cash-vsi">{formatVnd(summary.byProduct.vsiVnd)}</dd>
        <dt>{t('hi')}</dt>
        <dd data-testid="cash-hi">{formatVnd(summary.byProduct.hiVnd)}</dd>
        <dt className="strong">{t('handOver')}</dt>
        <dd className="strong" data-testid="cash-handover">
          {formatVnd(summary.handOverVnd)}
        </dd>
      </dl>

      {summary.owedBack.count > 0 && (
        <section className="notice warn" aria-label={t('owedBack')} data-testid="cash-owed-back">
          <h2>{t('owedBack')}</h2>
          <p>
            {t('owedBackCount', {
              count: summary.owedBack.count,
              amount: formatVnd(summary.owedBack.amountVnd),
            })}
          </p>
          <p>{t('owedBackHint')}</p>
          <ul>
            {summary.owedBack.receipts.map((r) => (
              <li key={r.receiptNo}>
                <Link href={`/receipt/${r.id}`}>
                  {r.receiptNo} · {formatVnd(r.amountVnd)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {summary.voided.count > 0 && (
        <section aria-label={t('voided')}>
          <h2>{t('voided')}</h2>
          <ul className="voided-list" data-testid="cash-voided-list">
            {summary.voided.receipts.map((v) => (
              <li key={v.receiptNo}>
                {t('voidedLine', {
                  receiptNo: v.receiptNo,
                  amount: formatVnd(v.amountVnd),
                  reason: v.reason,
                })}
              </li>
            ))}
          </ul>
        </section>
      )}

      {/* Keyed by the event, so a new event starts them anew; each key its own (siblings sharing a key
          were drawn twice when the figures were redrawn). */}
      {summary.issued.count > 0 && eventId && <IssuedReceipts key={`issued:${eventId}`} eventId={eventId} />}

      {eventId && <HandoverForm key={`handover:${eventId}`} eventId={eventId} />}
    </main>
  )
}

/** Every receipt number written at the event: read only once the list is opened (thousands at an event). */
function IssuedReceipts({ eventId }: { eventId: string }) {
  const { t } = useTranslation(CASH_NS)
  const [open, setOpen] = useState(false)
  const receiptNos = useLiveQuery(async () => (open ? eventReceiptNos(eventId) : []), [open, eventId])
  return (
    <details className="more" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('issued')}</summary>
      <p className="mono receipt-nos" data-testid="cash-receipt-nos">
        {receiptNos?.join(', ')}
      </p>
    </details>
  )
}

function HandoverForm({ eventId }: { eventId: string }) {
  const { t } = useTranslation(CASH_NS)
  const appT = useTranslation().t
  // Empty: the collector counts the cash and types what is there (the expected sum is shown above).
  const [declared, setDeclared] = useState('')
  const [result, setResult] = useState<HandoverReviewRow | undefined>(undefined)
  const { busy, error, setError, send: sending } = useSending((e) => describeApiError(appT, e, t('offline')))

  const send = async () => {
    const declaredVnd = typedAmountValue(declared)
    if (declaredVnd === undefined) {
      setError(t('badAmount'))
      return
    }
    await sending(async () =>
      setResult(await postHandover({ eventId, declaredVnd, receiptNos: await eventReceiptNos(eventId) })),
    )
  }

  return (
    <form
      className="handover"
      onSubmit={(e) => {
        e.preventDefault()
        void send()
      }}
      noValidate
    >
      <div className="field">
        <label htmlFor="declared">{t('declared')}</label>
        <input
          id="declared"
          inputMode="numeric"
          className="money"
          value={declared}
          onChange={(e) => setDeclared(formatTypedAmount(e.target.value))}
          placeholder="0"
          aria-describedby="declared-hint"
        />
        <p id="declared-hint" className="field-hint">
          {t('declaredHint')}
        </p>
      </div>
      <button type="submit" className="button primary big" disabled={busy}>
        {busy ? t('sending') : t('send')}
      </button>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <div
          className={`notice ${result.flagged ? 'warn' : 'ok'}`}
          role="status"
          data-testid="handover-result"
        >
          <p>
            {t('sent', {
              declared: formatVnd(result.handover?.declaredVnd ?? 0),
              computed: formatVnd(result.computedVnd),
            })}
          </p>
          {result.differenceVnd !== null && result.differenceVnd !== 0 && (
            <p>{t('difference', { amount: formatVnd(result.differenceVnd) })}</p>
          )}
          {result.missingReceiptNos.length > 0 && (
            <p>{t('missing', { list: result.missingReceiptNos.join(', ') })}</p>
          )}
        </div>
      )}
    </form>
  )
}
