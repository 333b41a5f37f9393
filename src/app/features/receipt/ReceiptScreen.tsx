// /receipt/:id — the collection receipt (domain.md §7.4), printable on narrow thermal paper.
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from '../../i18n/use-translation.ts'
import { Link } from 'wouter'
import { db } from '../../db/db.ts'
import { openRegistration } from '../../db/registrations-repo.ts'
import type { Session } from '../../db/settings.ts'
import { amountInWords } from '../../../domain/format/amount-in-words.ts'
import { formatDateVi } from '../../../domain/format/format-date-vi.ts'
import { formatVnd } from '../../../domain/format/format-vnd.ts'
import { useMarkReady } from '../../ui/use-mark-ready.ts'

export function ReceiptScreen({ id, session }: { id: string; session: Session }) {
  const { t } = useTranslation()
  const data = useLiveQuery(async () => {
    const row = await db.registrations.get(id)
    const event = row ? await db.events.get(row.eventId) : undefined
    const local = row ? await Promise.resolve(openRegistration(row)) : undefined
    return { local, event }
  }, [id])
  useMarkReady(data !== undefined)
  if (!data) return <main className="screen" aria-busy="true" />
  const { local, event } = data
  if (!local) {
    return (
      <main className="screen">
        <p className="notice">{t('receipt.notFound')}</p>
      </main>
    )
  }
  const reg = local.record
  const payer = reg.participants[0]
  const total = reg.payment?.amountCollected ?? 0
  return (
    <main className="screen receipt-screen">
      <article className="receipt" aria-label={t('receipt.title')}>
        <h1>{t('receipt.title')}</h1>
        <dl className="receipt-head">
          <dt>{t('receipt.number')}</dt>
          <dd data-testid="receipt-no">{reg.payment?.receiptNo ?? '—'}</dd>
          <dt>{t('receipt.date')}</dt>
          <dd>{formatDateVi(reg.collectedAt)}</dd>
          {payer && (
            <>
              <dt>{t('receipt.payer')}</dt>
              <dd>{payer.fullName}</dd>
            </>
          )}
          {event && (
            <>
              <dt>{t('receipt.event')}</dt>
              <dd>{event.name}</dd>
            </>
          )}
        </dl>
        <ol className="receipt-lines">
          {reg.participants.map((p, i) => (
            <li key={i}>
              <div className="who">
                {p.fullName} · {formatDateVi(p.dateOfBirth)}
                <br />
                <span className="mono">{p.idNumber}</span>
              </div>
              {p.vsi && (
                <div className="line">
                  <span>{t('receipt.vsiLine', { months: p.vsi.months })}</span>
                  <span>{formatVnd(p.vsi.amountDue)}</span>
                </div>
              )}
              {p.hi && (
                <div className="line">
                  <span>{t('receipt.hiLine', { months: p.hi.months, order: p.hi.householdOrder })}</span>
                  <span>{formatVnd(p.hi.amountDue)}</span>
                </div>
              )}
              {!p.vsi && !p.hi && <div className="line muted">{t('receipt.servicesOnly')}</div>}
            </li>
          ))}
        </ol>
        <div className="receipt-total">
          <span>{t('receipt.total')}</span>
          <strong data-testid="receipt-total">{formatVnd(total)}</strong>
        </div>
        <p className="in-words">
          {t('receipt.inWords')}: <em>{amountInWords(total)}</em>
        </p>
        <p>{reg.payment ? t('receipt.cash') : t('receipt.noPayment')}</p>
        <div className="signatures">
          <div>
            {t('receipt.signPayer')}
            <span className="sign-space" />
            {payer?.fullName}
          </div>
          <div>
            {t('receipt.signCollector')}
            <span className="sign-space" />
            {session.user.displayName}
          </div>
        </div>
      </article>
      <div className="no-print actions">
        <button type="button" className="button primary big" onClick={() => window.print()}>
          {t('receipt.print')}
        </button>
        <Link href="/enrol" className="button secondary">
          {t('receipt.newEnrol')}
        </Link>
      </div>
    </main>
  )
}
