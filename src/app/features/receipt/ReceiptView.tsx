// The receipt as it shows on screen and prints (domain.md §7.4): one Receipt model, three paper sizes.
import type { Receipt } from '../../../domain/receipt/receipt-of.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import type { PrintSize } from './print-size.ts'
import { RECEIPT_NS } from './receipt-strings.ts'

export function ReceiptView({ receipt, size }: { receipt: Receipt; size: PrintSize }) {
  const { t } = useTranslation(RECEIPT_NS)
  const r = receipt
  return (
    <article
      className={`receipt size-${size}${r.voided ? ' voided' : ''}`}
      aria-label={t('title')}
      data-testid="receipt"
      data-print-size={size}
    >
      {r.issuer && (
        <div className="receipt-issuer" data-testid="receipt-issuer">
          <strong>{r.issuer.unitName}</strong>
          <span>{r.issuer.unitAddress}</span>
          <span>{t('taxCode', { taxCode: r.issuer.taxCode })}</span>
        </div>
      )}
      {r.kind === 'payment' && (
        <p className="receipt-form">
          {r.issuer
            ? t('formSeries', { formCode: r.issuer.formCode, series: r.issuer.series })
            : t('formCode')}
        </p>
      )}
      <h1>{r.kind === 'services' ? t('titleServices') : t('title')}</h1>
      {r.voided && (
        <p className="void-stamp" data-testid="void-stamp">
          {t('voided')}
        </p>
      )}
      <dl className="receipt-head">
        {r.kind === 'payment' && (
          <>
            <dt>{t('number')}</dt>
            <dd data-testid="receipt-no">{r.receiptNo ?? '—'}</dd>
          </>
        )}
        <dt>{r.kind === 'services' ? t('dateServices') : t('date')}</dt>
        <dd>{r.date}</dd>
        <dt>{r.kind === 'services' ? t('signHelped') : t('payer')}</dt>
        <dd>{r.payer.fullName}</dd>
        <dt>{t('idNumber')}</dt>
        <dd className="mono">{r.payer.idNumber}</dd>
        {r.payer.address && (
          <>
            <dt>{t('address')}</dt>
            <dd>{r.payer.address}</dd>
          </>
        )}
        {r.payer.phone && (
          <>
            <dt>{t('phone')}</dt>
            <dd>{r.payer.phone}</dd>
          </>
        )}
        {r.event && (
          <>
            <dt>{t('event')}</dt>
            <dd>{r.event}</dd>
          </>
        )}
      </dl>
      <ol className="receipt-lines">
        {r.members.map((m, i) => (
          <li key={i} data-testid="receipt-member">
            <div className="who">
              <strong>{m.fullName}</strong> · {m.dateOfBirth}
              <br />
              <span className="mono">{m.idNumber}</span>
            </div>
            {m.lines.map((l) => (
              <div key={l.product} className="line-block">
                <div className="line">
                  <span>
                    {l.content}
                    {l.rank !== undefined && ` (${t('rank', { rank: l.rank })})`}
                  </span>
                  <span>{l.amountText}</span>
                </div>
                <div className="period muted">{t('period', { period: l.period, months: l.months })}</div>
              </div>
            ))}
            {m.servicesOnly && <div className="line muted">{t('servicesOnly')}</div>}
            {m.services.map((name) => (
              <div key={name} className="line service-given">
                {name}
              </div>
            ))}
          </li>
        ))}
      </ol>
      {r.kind === 'payment' && (
        <>
          <div className="receipt-total">
            <span>{t('total')}</span>
            <strong data-testid="receipt-total">{r.totalText}</strong>
          </div>
          <p className="in-words">
            {t('inWords')}: <em data-testid="receipt-words">{r.inWords}</em>
          </p>
        </>
      )}
      <p>{r.totalVnd > 0 ? t('cash') : t('noPayment')}</p>
      {r.voided && (
        <p className="notice warn" data-testid="void-reason">
          {t('voidedOn', { date: r.voided.date, reason: r.voided.reason })}
        </p>
      )}
      <div className="signatures">
        <div>
          {r.kind === 'services' ? t('signHelped') : t('signPayer')}
          <span className="sign-space" />
          {r.payer.fullName}
        </div>
        <div>
          {r.kind === 'services' ? t('signHelper') : t('signCollector')}
          <span className="sign-space" />
          {r.collector}
        </div>
      </div>
    </article>
  )
}
