// "Chia sẻ": draws the receipt (receipt-text-lines.ts → draw-receipt.ts) and hands it to the share sheet.
import { useState } from 'react'
import type { Receipt } from '../../../domain/receipt/receipt-of.ts'
import { useTranslation } from '../../i18n/use-translation.ts'
import { drawReceipt } from './draw-receipt.ts'
import { receiptTextLines } from './receipt-text-lines.ts'
import { RECEIPT_NS } from './receipt-strings.ts'
import { shareReceipt } from './share-receipt.ts'

export function ShareButton({ receipt }: { receipt: Receipt }) {
  const { t } = useTranslation(RECEIPT_NS)
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | undefined>(undefined)
  const share = async () => {
    setBusy(true)
    setMessage(undefined)
    try {
      const png = await drawReceipt(receiptTextLines(receipt))
      const outcome = await shareReceipt(png, receipt.receiptNo)
      if (outcome === 'downloaded') setMessage(t('downloaded'))
    } catch (e) {
      setMessage(t('shareFailed', { message: e instanceof Error ? e.message : String(e) }))
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <button type="button" className="button secondary" onClick={() => void share()} disabled={busy}>
        {busy ? t('sharing') : t('share')}
      </button>
      {message && (
        <p className="muted" role="status">
          {message}
        </p>
      )}
    </>
  )
}
