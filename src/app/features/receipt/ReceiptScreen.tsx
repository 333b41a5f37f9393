// /receipt/:id — the collection receipt (domain.md §7.4): shown, printed on thermal 58/80 mm or A5, shared
// as an image, or voided with a reason.
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import { Link } from 'wouter'
import { formatVnd } from '../../../domain/format/format-vnd.ts'
import { receiptOf } from '../../../domain/receipt/receipt-of.ts'
import { defaultRules } from '../../../domain/rules/default-rules.ts'
import { refreshReceiptIssuer } from '../../api/refresh-receipt-issuer.ts'
import { db } from '../../db/db.ts'
import { PrintPanel } from '../../print/PrintPanel.tsx'
import { openRegistration } from '../../db/registrations-repo.ts'
import { getSetting, type Session } from '../../db/settings.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { useMarkReady } from '../../ui/use-mark-ready.ts'
import { drawReceiptCanvas } from './draw-receipt.ts'
import { loadPrintSize, printSizes, savePrintSize, type PrintSize } from './print-size.ts'
import { RECEIPT_NS } from './receipt-strings.ts'
import { receiptTextLines } from './receipt-text-lines.ts'
import { ReceiptView } from './ReceiptView.tsx'
import { ShareButton } from './ShareButton.tsx'
import { VoidReceipt } from './VoidReceipt.tsx'
import './receipt-print.css'

export function ReceiptScreen({ id, session }: { id: string; session: Session }) {
  const { t } = useTranslation(RECEIPT_NS)
  const [size, setSize] = useState<PrintSize>(loadPrintSize)
  // A live query: a void saved here, or a sync result, shows at once.
  const data = useLiveQuery(async () => {
    const row = await db.registrations.get(id)
    const event = row ? await db.events.get(row.eventId) : undefined
    const local = row ? await Promise.resolve(openRegistration(row)) : undefined
    const issuer = await getSetting('receiptIssuer')
    return { local, event, issuer }
  }, [id])
  // The office may have set or changed the issuer since sign-in; offline, the stored one prints.
  useEffect(() => void refreshReceiptIssuer(), [])
  useMarkReady(data !== undefined)
  if (!data) return <main className="screen" aria-busy="true" />
  const { local, event, issuer } = data
  if (!local) {
    return (
      <main className="screen">
        <p className="notice">{t('notFound')}</p>
      </main>
    )
  }
  const record = local.record
  const receipt = receiptOf(record, defaultRules, {
    collector: session.user.displayName,
    event: event?.name ?? '',
    issuer,
  })
  const labels: Record<PrintSize, string> = { '58': t('size58'), '80': t('size80'), a5: t('sizeA5') }

  return (
    <main className="screen receipt-screen">
      <ReceiptView receipt={receipt} size={size} />
      <div className="no-print actions">
        <fieldset className="segmented">
          <legend>{t('printSize')}</legend>
          <div className="segmented-options">
            {printSizes.map((s) => (
              <label key={s} htmlFor={`print-size-${s}`}>
                <input
                  type="radio"
                  id={`print-size-${s}`}
                  name="print-size"
                  value={s}
                  checked={size === s}
                  onChange={() => {
                    setSize(s)
                    savePrintSize(s)
                  }}
                />
                <span>{labels[s]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <PrintPanel
          registrationId={id}
          paper={size}
          draw={(dots, copy) =>
            drawReceiptCanvas(receiptTextLines(receipt, { copy }), { width: dots, pad: 8, scale: 1 })
          }
        />
        <ShareButton receipt={receipt} />
        {record.payment && !record.void && local.review?.status === 'rejected' && (
          <p className="notice warn" role="status" data-testid="refund-due">
            {t('refundDue', {
              reason: local.review.comment ?? '',
              amount: formatVnd(record.payment.amountCollected),
            })}
          </p>
        )}
        {record.payment && !record.void && <VoidReceipt record={record} onDone={() => undefined} />}
        <Link href={`/declaration/${id}`} className="button secondary">
          {t('declaration')}
        </Link>
        <Link href="/enrol" className="button secondary">
          {t('newEnrol')}
        </Link>
        <Link href="/cash" className="link-button">
          {t('cashSummary')}
        </Link>
      </div>
    </main>
  )
}
